package org.imon.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The region and city statistics on the three-region fixture; every expected figure is derived in its README.md. */
class RegionIndicatorTest {
    @Test
    void revenueGrowthIsOnTheComparableBasis() throws Exception {
        Map<String, Object> yuzhou = region(2024, 6, "revenue", "411081");
        assertDecimal("350000.00", yuzhou.get("value_ytd"));
        assertDecimal("295000.00", yuzhou.get("value_ly"));
        // The entrant 丁 counts with its own 上年同期, so growth is 18.6, not 40.0 against 2023's total.
        assertDecimal("18.6", yuzhou.get("growth_pct"));
        assertDecimal("250000.00", region(2023, 6, "revenue", "411081").get("value_ytd"));

        assertDecimal("5.3", region(2024, 6, "revenue", "411002").get("growth_pct"));
        assertDecimal("14.2", region(2024, 6, "revenue", "411071").get("growth_pct"));
    }

    @Test
    void sharesAndYiUnits() throws Exception {
        assertDecimal("30.7", region(2024, 6, "revenue", "411002").get("share_pct"));
        assertDecimal("53.8", region(2024, 6, "revenue", "411081").get("share_pct"));
        assertDecimal("15.4", region(2024, 6, "revenue", "411071").get("share_pct"));
        assertDecimal("20.00", region(2024, 6, "revenue", "411002").get("value_yi"));
        assertDecimal("10.05", region(2024, 6, "revenue", "411071").get("value_yi"));
    }

    @Test
    void ranksAndRankChanges() throws Exception {
        assertRanks("411081", 1, 1, 1, 0);
        assertRanks("411071", 2, 3, -1, 0);
        assertRanks("411002", 3, 2, 0, 0);
        assertNull(region(2024, 5, "revenue", "411081").get("growth_rank_change"),
                "no earlier period in 2024 to compare 1-5月 with in this fixture");
    }

    @Test
    void regionFeedsAreRankedAndTheCityRowIsNot() throws Exception {
        assertEquals(1L, ((Number) region(2024, 6, "value_added", "411081").get("rank_by_growth")).longValue());
        assertEquals(3L, ((Number) region(2024, 6, "value_added", "411002").get("rank_by_growth")).longValue());
        assertDecimal("7.5", region(2024, 6, "value_added", "411071").get("growth_pct"));
        assertDecimal("11.1", region(2024, 6, "electricity", "411002").get("growth_pct"));
        assertDecimal("28.6", region(2024, 6, "electricity", "411002").get("share_pct"));
        assertEquals(1L, ((Number) region(2024, 6, "electricity", "411071").get("rank_by_growth")).longValue());
        assertDecimal("20.0", region(2024, 6, "vat", "411081").get("growth_pct"));
        assertDecimal("0.0", region(2024, 6, "vat", "411071").get("growth_pct"));
        assertDecimal("100.0", region(2024, 6, "enterprises", "411081").get("growth_pct"));
        List<Map<String, Object>> rows = ThreeRegions.rows(
                "SELECT indicator, growth_pct FROM mart_city_indicator WHERE year = 2024 AND period = 6"
                        + " AND indicator IN ('value_added', 'electricity', 'vat', 'enterprises') ORDER BY indicator");
        assertEquals(List.of("electricity", "enterprises", "value_added", "vat"),
                rows.stream().map(r -> r.get("indicator")).toList());
        assertDecimal("9.4", rows.get(0).get("growth_pct"));
        assertDecimal("25.0", rows.get(1).get("growth_pct"));
        assertDecimal("7.8", rows.get(2).get("growth_pct"));
        assertDecimal("12.5", rows.get(3).get("growth_pct"));
    }

    @Test
    void profitGrowthWithALossMaker() throws Exception {
        assertDecimal("1.9", region(2024, 6, "profit", "411002").get("growth_pct"));
    }

    @Test
    void cityTotals() throws Exception {
        Map<String, Object> city = ThreeRegions.one(
                "SELECT * FROM mart_city_indicator WHERE year = 2024 AND period = 6 AND indicator = 'revenue'");
        assertDecimal("650456.78", city.get("value_ytd"));
        assertDecimal("573000.00", city.get("value_ly"));
        assertDecimal("13.5", city.get("growth_pct"));
        assertDecimal("65.05", city.get("value_yi"));
        assertEquals(5L, ((Number) city.get("enterprise_count")).longValue());
        assertEquals("2024年1-6月", city.get("period_label"));
    }

    @Test
    void percentagesRoundHalfUpExactly() throws Exception {
        // 12.35 is not a binary fraction: computed in floating point it rounds down to 12.3.
        try (PreparedStatement s = ThreeRegions.warehouse().connection().prepareStatement(
                "SELECT growth_pct(11235.00, 10000.00), growth_pct(8765.00, 10000.00), growth_pct(1.00, 0.00),"
                        + " growth_pct(10.00, -5.00), ratio_pct(1.00, 3.00)");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            assertDecimal("12.4", rs.getBigDecimal(1));
            assertDecimal("-12.4", rs.getBigDecimal(2));
            assertNull(rs.getObject(3));
            assertNull(rs.getObject(4));
            assertDecimal("33.3", rs.getBigDecimal(5));
        }
    }

    private static void assertRanks(String region, long growthRank, long valueRank, long growthChange,
            long valueChange) throws Exception {
        Map<String, Object> row = region(2024, 6, "revenue", region);
        assertEquals(growthRank, ((Number) row.get("rank_by_growth")).longValue(), region + " growth rank");
        assertEquals(valueRank, ((Number) row.get("rank_by_value")).longValue(), region + " value rank");
        assertEquals(growthChange, ((Number) row.get("growth_rank_change")).longValue(), region + " growth rank change");
        assertEquals(valueChange, ((Number) row.get("value_rank_change")).longValue(), region + " value rank change");
    }

    static Map<String, Object> region(int year, int period, String indicator, String code) throws Exception {
        return ThreeRegions.one("SELECT * FROM mart_region_indicator WHERE year = ? AND period = ? AND indicator = ?"
                + " AND region_code = ?", year, period, indicator, code);
    }

    static void assertDecimal(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) actual),
                "expected " + expected + " but was " + actual);
    }
}
