package org.imon.etl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imon.warehouse.reference.IndustryClassification;
import org.junit.jupiter.api.Test;

class IndustryNamesTest {
    private static final IndustryNames NAMES = IndustryNames.load(IndustryClassification.load());

    @Test
    void standardNamesOfSectionsAndDivisions() {
        assertEquals("36", NAMES.code("汽车制造业"));
        assertEquals("37", NAMES.code("铁路、船舶、航空航天和其他运输设备制造业"));
        assertEquals("C", NAMES.code("制造业"));
        assertEquals("D", NAMES.code("电力、热力、燃气及水生产和供应业"));
        assertEquals("06", NAMES.code(" 煤炭开采和洗选业 "));
    }

    @Test
    void namesOfEarlierEditionsAndTheWholeOfIndustry() {
        assertEquals("25", NAMES.code("石油加工、炼焦和核燃料加工业"));
        assertEquals("19", NAMES.code("皮革、毛皮、羽毛（绒）及其制品业"));
        assertTrue(NAMES.known("总计"));
        assertNull(NAMES.code("总计"));
        assertTrue(NAMES.known(""));
    }

    @Test
    void unknownOrAmbiguousNamesAreNotGuessed() {
        assertFalse(NAMES.known("交通运输设备制造业"), "GB/T 4754-2002: C36 and C37 today");
        assertFalse(NAMES.known("建筑业"), "not industry in these statistics");
        assertFalse(NAMES.known("汽车制造"));
        assertNull(NAMES.code("汽车制造"));
    }
}
