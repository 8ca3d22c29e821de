package org.imon.etl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PublishedFiguresTest {

    @Test
    void floatNoiseFromThePortalIsRoundedBackToWhatWasPublished() {
        assertEquals(new BigDecimal("1380.8000"), PublishedFigures.parse("1380.79999999999"));
        assertEquals(new BigDecimal("7.2000"), PublishedFigures.parse("7.200000000000001"));
        assertEquals(new BigDecimal("-3.4500"), PublishedFigures.parse("-3.4499999999999997"));
        // Half away from zero, like every other rounding: −0.15 stays −0.15 (two decimals are exact).
        assertEquals(new BigDecimal("-0.1500"), PublishedFigures.parse("-0.15000000000000002"));
        assertEquals(new BigDecimal("12345.6700"), PublishedFigures.parse("12,345.67"));
        assertNull(PublishedFigures.parse("—"));
    }

    @Test
    void aFigureReallyFinerThanFourDecimalsIsRejectedNotCut() {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> PublishedFigures.parse("0.1234567"));
        assertTrue(e.getMessage().contains("不是导出时的浮点误差"), e.getMessage());
        // A department's amount is never rounded: the same text is an error there.
        assertThrows(NumberFormatException.class, () -> Amounts.parse("1380.79999999999"));
    }
}
