package org.imon.warehouse;

import static org.imon.warehouse.RegionIndicatorTest.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * mart_fixed_asset_investment on a hand-made release (fixtures/fixed_asset_investment/README.md works
 * out every figure): published shares at 1-5月, shares from the levels at 1-6月, the city summed from
 * the regions, ranks among the regions.
 */
class FixedAssetInvestmentTest {
    private static final String FIXTURE = "fixed_asset_investment";

    private static Map<String, Object> row(int period, String region) throws Exception {
        return FixtureWarehouses.one(FIXTURE, "SELECT * FROM mart_fixed_asset_investment WHERE year = 2024"
                + " AND period = ? AND region_name = ?", period, region);
    }

    @Test
    void aPublishedShareIsShownToOneDecimalAndRoundedHalfAwayFromZero() throws Exception {
        Map<String, Object> city = row(5, "全市");
        assertEquals(true, city.get("is_city"));
        assertEquals(false, city.get("share_from_levels"));
        assertDecimal("40.0", city.get("industrial_share_pct"));
        assertDecimal("10.5", city.get("industrial_growth_pct"));
        assertDecimal("-3.3", row(5, "长葛市").get("tech_reform_growth_pct"));
        assertEquals(null, city.get("rank_by_industrial_growth"));
    }

    @Test
    void equalGrowthSharesARankAndRanksMoveByPeriod() throws Exception {
        List<Map<String, Object>> may = FixtureWarehouses.rows(FIXTURE, "SELECT region_name, rank_by_industrial_growth"
                + " FROM mart_fixed_asset_investment WHERE year = 2024 AND period = 5 AND NOT is_city ORDER BY sort_order");
        assertEquals(List.of(3L, 1L, 1L), may.stream().map(r -> ((Number) r.get("rank_by_industrial_growth")).longValue())
                .toList());
        Map<String, Object> changge = row(6, "长葛市");
        assertEquals(2L, ((Number) changge.get("rank_by_industrial_growth")).longValue());
        assertEquals(-1L, ((Number) changge.get("industrial_growth_rank_change")).longValue());
        assertEquals(0L, ((Number) row(6, "禹州市").get("industrial_growth_rank_change")).longValue());
    }

    @Test
    void withLevelsTheShareIsComputedAndTheCityIsTheSumOfItsRegions() throws Exception {
        assertDecimal("51.3", row(6, "禹州市").get("industrial_share_pct"));
        assertDecimal("42.9", row(6, "长葛市").get("industrial_share_pct"));
        Map<String, Object> city = row(6, "全市");
        assertEquals(true, city.get("share_from_levels"));
        assertDecimal("250", city.get("fai_yi"));
        assertDecimal("101", city.get("industrial_investment_yi"));
        assertDecimal("40.4", city.get("industrial_share_pct"));
        assertDecimal("39", city.get("published_share_pct"));
        assertDecimal("14.1", city.get("tech_reform_growth_pct"));
    }

    @Test
    void theShareTargetIsJudgedOnThePublishedFigureNotTheRoundedOne() throws Exception {
        List<Map<String, Object>> tz01 = FixtureWarehouses.rows(FIXTURE, "SELECT period, actual, met_to_date,"
                + " double_half_met FROM mart_target_tracking WHERE year = 2024 AND target_id = 'TZ01' ORDER BY period");
        assertDecimal("40.0", tz01.get(0).get("actual"));
        assertEquals(List.of(false, true), tz01.stream().map(r -> r.get("met_to_date")).toList());
        assertEquals(true, tz01.get(1).get("double_half_met"));
    }
}
