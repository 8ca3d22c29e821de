package org.imon.warehouse;

import static org.imon.warehouse.RegionIndicatorTest.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imon.warehouse.reference.IndustryClassification;
import org.imon.warehouse.reference.StrategicEmergingIndustries;
import org.junit.jupiter.api.Test;

/**
 * mart_strategic_emerging on a hand-made year (fixtures/strategic_emerging/README.md works out every
 * figure): who counts (the register, else a class mapped whole; a partial class only through the
 * register), share, growth and pull for the city, its regions and the categories; and the class map
 * shipped as reference data.
 */
class StrategicEmergingTest {
    private static final String FIXTURE = "strategic_emerging";

    private static Map<String, Object> row(int period, String breakdown, String where) throws Exception {
        return FixtureWarehouses.one(FIXTURE, "SELECT * FROM mart_strategic_emerging WHERE year = 2024 AND period = ?"
                + " AND breakdown = ? AND " + where, period, breakdown);
    }

    @Test
    void theRegisterAndTheWholeClassesMakeTheGroupAPartialClassCountsOnlyThroughTheRegister() throws Exception {
        Map<String, Object> city = row(6, "city", "TRUE");
        assertEquals(List.of(4L, 3L, 1L), List.of(((Number) city.get("enterprise_count")).longValue(),
                ((Number) city.get("registered_count")).longValue(), ((Number) city.get("class_count")).longValue()));
        assertDecimal("7000", city.get("revenue_ytd"));
        assertDecimal("50.0", city.get("revenue_share_pct"));
        assertDecimal("27.3", city.get("revenue_growth_pct"));
        assertDecimal("13.0", city.get("revenue_pull_pts"));
        assertDecimal("47.7", city.get("output_share_pct"));
        assertDecimal("32.7", city.get("output_growth_pct"));
        assertDecimal("14.4", city.get("output_pull_pts"));
        assertDecimal("49.1", row(5, "city", "TRUE").get("revenue_share_pct"));
    }

    @Test
    void aRegionIsMeasuredAgainstItsOwnAboveScaleIndustry() throws Exception {
        Map<String, Object> weidu = row(6, "region", "region_name = '魏都区'");
        assertDecimal("100.0", weidu.get("revenue_share_pct"));
        assertDecimal("27.9", weidu.get("revenue_growth_pct"));
        Map<String, Object> changge = row(6, "region", "region_name = '长葛市'");
        assertDecimal("17.6", changge.get("revenue_share_pct"));
        assertDecimal("25.0", changge.get("revenue_growth_pct"));
        assertDecimal("4.2", changge.get("revenue_pull_pts"));
    }

    @Test
    void everyCategoryHasARowTheRegisterOverridesTheClassAndThePullsAddUp() throws Exception {
        List<Map<String, Object>> categories = FixtureWarehouses.rows(FIXTURE, "SELECT * FROM mart_strategic_emerging"
                + " WHERE year = 2024 AND period = 6 AND breakdown = 'category' ORDER BY category_code");
        assertEquals(9, categories.size());
        assertDecimal("3.6", categories.get(0).get("revenue_share_pct"));
        assertDecimal("0.0", categories.get(0).get("revenue_growth_pct"));
        assertDecimal("10.7", categories.get(1).get("revenue_share_pct"));
        assertDecimal("2.6", categories.get(1).get("revenue_pull_pts"));
        Map<String, Object> biology = categories.get(3);
        assertEquals("生物产业", biology.get("category_name"));
        assertEquals(0L, ((Number) biology.get("enterprise_count")).longValue());
        assertNull(biology.get("revenue_growth_pct"));
        Map<String, Object> energy = categories.get(5);
        assertDecimal("35.7", energy.get("revenue_share_pct"));
        assertDecimal("31.6", energy.get("revenue_growth_pct"));
        assertDecimal("10.4", energy.get("revenue_pull_pts"));
        Map<String, Object> sum = FixtureWarehouses.one(FIXTURE, "SELECT ratio_pct(sum(revenue_ytd - revenue_ly),"
                + " max(total_revenue_ly)) AS pull FROM mart_strategic_emerging"
                + " WHERE year = 2024 AND period = 6 AND breakdown = 'category'");
        assertDecimal("13.0", sum.get("pull"));
    }

    @Test
    void aRegisterEntryWithoutAReportIsListedNotCounted() throws Exception {
        List<Map<String, Object>> unmatched = FixtureWarehouses.rows(FIXTURE, "SELECT * FROM mart_sei_register_unmatched");
        assertEquals(1, unmatched.size());
        assertEquals("91411082MA0000000G", unmatched.get(0).get("credit_code"));
        assertEquals("节能环保产业", unmatched.get(0).get("category_name"));
    }

    @Test
    void theShippedClassMapNamesIndustrialClassesOfGbt4754OnceEachWithItsSource() {
        IndustryClassification gbt4754 = IndustryClassification.load();
        StrategicEmergingIndustries emerging = StrategicEmergingIndustries.load();
        assertEquals(9, emerging.categories().size());
        Set<String> seen = new HashSet<>();
        for (StrategicEmergingIndustries.MappedClass c : emerging.classes()) {
            assertTrue(gbt4754.isIndustrialClass(c.industryCode()), c.industryCode() + " is not a GB/T 4754-2017 industrial class");
            assertTrue(seen.add(c.industryCode()), c.industryCode() + " mapped twice");
            assertTrue(c.categoryCode() >= 1 && c.categoryCode() <= 9, c.toString());
            assertTrue(c.source().contains("not checked against the published table"), c.toString());
        }
        assertEquals(6, emerging.category("新能源产业").orElseThrow().code());
        assertEquals(6, emerging.category("新能源").orElseThrow().code());
        assertEquals(6, emerging.category("6").orElseThrow().code());
        assertTrue(emerging.category("10").isEmpty());
    }
}
