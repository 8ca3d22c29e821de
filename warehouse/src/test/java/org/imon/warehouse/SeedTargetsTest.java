package org.imon.warehouse;

import static org.imon.warehouse.RegionIndicatorTest.assertDecimal;
import static org.imon.warehouse.ThreeRegions.one;
import static org.imon.warehouse.ThreeRegions.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * One test per target of the seed documents that the feeds can measure, each showing the view that
 * answers it, on the three-region fixture (figures in its README.md).
 */
class SeedTargetsTest {

    /** Seed 000 一: 百户 output growth ≥ 13% (12.5% in the first half), share ≥ 53%, pull ≥ 1.0 point (0.5). */
    @Test
    void seed000KeyEnterprisesGrowthShareAndPull() throws Exception {
        Map<String, Object> key100 = one("SELECT * FROM mart_key_group WHERE year = 2024 AND period = 6 AND list_code = 'key100'");
        assertEquals(List.of(true, true, true), List.of(key100.get("growth_met"), key100.get("share_met"), key100.get("pull_met")));
        assertDecimal("12.5", key100.get("target_growth_pct"));
        assertDecimal("0.5", key100.get("target_pull_pts"));
    }

    /** Seed 000 二: every region ranked monthly on value added, revenue, profit, electricity and VAT, with rank changes. */
    @Test
    void seed000MonthlyRankingOnEveryIndicator() throws Exception {
        Set<Object> indicators = rows("SELECT DISTINCT indicator FROM mart_region_indicator WHERE year = 2024 AND period = 6"
                + " AND rank_by_growth IS NOT NULL").stream().map(r -> r.get("indicator")).collect(Collectors.toSet());
        assertTrue(indicators.containsAll(Set.of("value_added", "revenue", "profit", "electricity", "vat")), indicators.toString());
        assertEquals(3, rows("SELECT * FROM mart_region_indicator WHERE year = 2024 AND period = 6 AND indicator = 'revenue'"
                + " AND growth_rank_change IS NOT NULL").size());
    }

    /** Seed 000 七: cluster revenue against the 1,500 / 500 / 300 / 100亿元 tiers. */
    @Test
    void seed000ClusterRevenueTargets() throws Exception {
        Map<String, Object> equipment = one("SELECT * FROM mart_cluster_progress WHERE year = 2024 AND period = 6"
                + " AND cluster_code = 'equipment'");
        assertDecimal("52.0", equipment.get("completion_pct"));
        assertDecimal("2.0", equipment.get("ahead_pts"));
    }

    /** Seed 000 四–五 and seed 003: key project investment against the year's plan and the first-half 390亿. */
    @Test
    void seed000And003KeyProjectInvestment() throws Exception {
        Map<String, Object> investment = target("XM01");
        assertDecimal("6.00", investment.get("target_to_date"));
        assertEquals(false, investment.get("met_to_date"));
        assertEquals(1, rows("SELECT * FROM mart_project_progress WHERE year = 2024 AND period = 6 AND behind_schedule").size());
    }

    /**
     * Seed 000 四: new output of projects going into production (新增产值80亿元), and seed 000 五: the
     * number of key projects (120个), on the project-targets fixture (fixtures/project_targets/README.md).
     */
    @Test
    void seed000ProjectNewOutputAndProjectCount() throws Exception {
        String sql = "SELECT * FROM mart_target_tracking WHERE year = 2024 AND period = 6 AND target_id = ?";
        Map<String, Object> newOutput = FixtureWarehouses.one("project_targets", sql, "XM03");
        assertDecimal("0.45", newOutput.get("actual"));
        assertDecimal("0.40", newOutput.get("target_to_date"));
        assertDecimal("56.3", newOutput.get("completion_pct"));
        assertDecimal("6.3", newOutput.get("ahead_pts"));
        assertEquals(List.of(true, true), List.of(newOutput.get("met_to_date"), newOutput.get("double_half_met")));
        Map<String, Object> projects = FixtureWarehouses.one("project_targets", sql, "XM02");
        assertDecimal("2", projects.get("actual"));
        assertDecimal("1.50", projects.get("target_to_date"));
        assertDecimal("66.7", projects.get("completion_pct"));
        assertDecimal("16.7", projects.get("ahead_pts"));
        assertEquals(true, projects.get("met_to_date"));
    }

    /** Seed 003 5: first-half value-added growth 6.5%: up to 1-6月 the first-half target, not the annual one. */
    @Test
    void seed003FirstHalfValueAddedGrowth() throws Exception {
        Map<String, Object> growth = target("GY01");
        assertDecimal("8.0", growth.get("annual_value"));
        assertDecimal("7.5", growth.get("target_to_date"));
        assertDecimal("7.8", growth.get("actual"));
        assertEquals(true, growth.get("double_half_met"));
    }

    /** Seed 002: value-added growth ≥ 7% a year, profit margin ≥ 6%. */
    @Test
    void seed002ValueAddedGrowthAndProfitMargin() throws Exception {
        assertEquals(true, target("GY01").get("met_to_date"));
        assertDecimal("4.9", target("LR01").get("actual"));
        assertEquals(false, target("LR01").get("met_to_date"));
    }

    /** Seed 002 (and seed 000 三): new above-scale enterprises each year. */
    @Test
    void seed002NewAboveScaleEnterprises() throws Exception {
        assertDecimal("1", target("RK01").get("actual"));
        assertEquals(1L, ((Number) one("SELECT sum(entrants) AS n FROM mart_entrants_exits WHERE year = 2024").get("n")).longValue());
    }

    /**
     * Seed 002 一(一) and 二(六): the number of above-scale enterprises (年均新增30家, 突破700家): the count,
     * its net change against the same period last year, and the entrants and exits behind it.
     */
    @Test
    void seed002AboveScaleEnterpriseCountAndNetIncrease() throws Exception {
        Map<String, Object> count = one("SELECT * FROM mart_city_indicator WHERE year = 2024 AND period = 6"
                + " AND indicator = 'enterprises'");
        assertEquals(5L, ((Number) count.get("enterprise_count")).longValue());
        assertDecimal("1", ((BigDecimal) count.get("value_ytd")).subtract((BigDecimal) count.get("value_ly")));
        Map<String, Object> flows = one("SELECT sum(entrants) AS entrants, sum(exits) AS exits FROM mart_entrants_exits WHERE year = 2024");
        assertEquals(List.of(1L, 0L), List.of(((Number) flows.get("entrants")).longValue(), ((Number) flows.get("exits")).longValue()));
    }

    /** Seed 003: 双过半, every target half done by the end of June. */
    @Test
    void seed003DoubleHalf() throws Exception {
        Set<Object> notHalfDone = rows("SELECT target_id FROM mart_target_tracking WHERE year = 2024 AND period = 6"
                + " AND NOT double_half_met").stream().map(r -> r.get("target_id")).collect(Collectors.toSet());
        assertEquals(Set.of("XM01", "LR01"), notHalfDone);
    }

    /** Seed 003: non-metallic minerals (C30), ferrous smelting (C31) and tobacco (C16) watched monthly, listed first. */
    @Test
    void seed003WatchedIndustriesFirst() throws Exception {
        Map<String, Object> first = rows("SELECT * FROM mart_industry WHERE year = 2024 AND period = 6 AND level = 2"
                + " ORDER BY display_order, industry_code").get(0);
        assertEquals("30", first.get("industry_code"));
        assertEquals(true, first.get("is_watched"));
        assertDecimal("11.1", first.get("growth_pct"));
    }

    /** Seed 004: annual targets split into quarters and months and watched monthly. */
    @Test
    void seed004TargetsDecomposedToQuartersAndMonths() throws Exception {
        assertDecimal("23.33", one("SELECT target_to_date FROM mart_target_tracking WHERE year = 2024 AND period = 5"
                + " AND target_id = 'JQ-power_equipment'").get("target_to_date"));
        // No split given for 装备制造: 100 × 5 / 12, evenly.
        assertDecimal("41.67", one("SELECT target_to_date FROM mart_target_tracking WHERE year = 2024 AND period = 5"
                + " AND target_id = 'JQ-equipment'").get("target_to_date"));
    }

    /** Seed 004 (and seed 002): comparison with the province, the nation and other cities. */
    @Test
    void seed004ComparisonWithOtherAreas() throws Exception {
        assertEquals(List.of("河南省", "本市"), rows("SELECT area FROM mart_benchmark WHERE year = 2024 AND period = 6"
                + " AND indicator_name = '规模以上工业增加值' ORDER BY is_city").stream().map(r -> r.get("area")).toList());
    }

    /**
     * Seed 004 三(一)6: 加强与大中城市的运行数据对比 — the city's rank among the 35 large and medium cities,
     * on the peer ranking fixture (fixtures/peer_ranking/README.md): 郑州市, itself on the list, ranks
     * 2nd of the 4 ranked in 1-3月, one place up on 1-2月.
     */
    @Test
    void seed004ComparisonWith35LargeAndMediumCities() throws Exception {
        Map<String, Object> march = PeerRankingTest.ranking("big35", 2024, 3);
        assertEquals(List.of("35个大中城市", 2L, 4L, 1L), List.of(march.get("group_name"), march.get("growth_rank"),
                march.get("ranked_count"), march.get("rank_change")));
    }

    /**
     * Seed 004 二1 (and seed 000 十): problems raised by enterprises resolved, 政策范围内问题办结率 100%, on the
     * problem ledger fixture (fixtures/problem_ledger/README.md): met at 1-2月 (2 of 2), missed at 1-6月 (4 of 6).
     */
    @Test
    void seed004AllPolicyScopeProblemsResolved() throws Exception {
        String sql = "SELECT * FROM mart_target_tracking WHERE year = 2024 AND period = ? AND target_id = 'WT01'";
        assertEquals(true, FixtureWarehouses.one("problem_ledger", sql, 2).get("met_to_date"));
        Map<String, Object> firstHalf = FixtureWarehouses.one("problem_ledger", sql, 6);
        assertDecimal("66.7", firstHalf.get("actual"));
        assertEquals(false, firstHalf.get("met_to_date"));
        assertEquals(false, firstHalf.get("double_half_met"));
        assertEquals(2L, FixtureWarehouses.one("problem_ledger", "SELECT count(*) AS n FROM mart_problem_overdue"
                + " WHERE year = 2024 AND period = 6").get("n"));
    }

    /**
     * Seed 001: 工业投资占全社会固定资产投资的比重达到40%以上, on the fixed-asset investment fixture
     * (fixtures/fixed_asset_investment/README.md): 1-5月 published 39.96 (printed 40.0) misses, 1-6月 from
     * the levels 101 / 250 = 40.4% meets, and so 双过半.
     */
    @Test
    void seed001IndustrialInvestmentShareOfFixedAssetInvestment() throws Exception {
        String sql = "SELECT * FROM mart_target_tracking WHERE year = 2024 AND period = ? AND target_id = 'TZ01'";
        assertEquals(false, FixtureWarehouses.one("fixed_asset_investment", sql, 5).get("met_to_date"));
        Map<String, Object> firstHalf = FixtureWarehouses.one("fixed_asset_investment", sql, 6);
        assertDecimal("40.4", firstHalf.get("actual"));
        assertEquals(true, firstHalf.get("met_to_date"));
        assertEquals(true, firstHalf.get("double_half_met"));
    }

    /** Seed 001: 制造业投资每年增长20%以上, the bureau's published growth: 18.0 at 1-5月, 21.0 at 1-6月. */
    @Test
    void seed001ManufacturingInvestmentGrowth() throws Exception {
        String sql = "SELECT * FROM mart_target_tracking WHERE year = 2024 AND period = ? AND target_id = 'TZ02'";
        Map<String, Object> may = FixtureWarehouses.one("fixed_asset_investment", sql, 5);
        assertDecimal("18.0", may.get("actual"));
        assertEquals(false, may.get("met_to_date"));
        assertEquals(true, FixtureWarehouses.one("fixed_asset_investment", sql, 6).get("met_to_date"));
    }

    /**
     * Seed 001 一(二), 二2: 战略性新兴产业主营业务收入占规模以上工业的比重 (40% in 2017 rising to 60% in 2020),
     * on the strategic_emerging fixture with a 50% target: 49.1 at 1-5月, exactly 50 at 1-6月 (双过半).
     */
    @Test
    void seed001StrategicEmergingShareOfRevenue() throws Exception {
        String sql = "SELECT * FROM mart_target_tracking WHERE year = 2024 AND period = ? AND target_id = 'ZX01'";
        Map<String, Object> may = FixtureWarehouses.one("strategic_emerging", sql, 5);
        assertDecimal("49.1", may.get("actual"));
        assertEquals(false, may.get("met_to_date"));
        Map<String, Object> firstHalf = FixtureWarehouses.one("strategic_emerging", sql, 6);
        assertDecimal("50.0", firstHalf.get("actual"));
        assertEquals(List.of(true, true), List.of(firstHalf.get("met_to_date"), firstHalf.get("double_half_met")));
    }

    /** Seed 002 一(二): 规模以上工业战略性新兴产业产值年均增长17%以上 (Suizhou), each year's growth: 32.7 at 1-6月. */
    @Test
    void seed002StrategicEmergingOutputGrowth() throws Exception {
        Map<String, Object> growth = FixtureWarehouses.one("strategic_emerging", "SELECT * FROM mart_target_tracking"
                + " WHERE year = 2024 AND period = 6 AND target_id = 'ZX02'");
        assertDecimal("32.7", growth.get("actual"));
        assertDecimal("17", growth.get("target_to_date"));
        assertEquals(true, growth.get("met_to_date"));
    }

    /** Seed 000 三(九): 新兴产业产值同比增长18%以上, measured on the strategic emerging industries' output. */
    @Test
    void seed000EmergingIndustriesOutputGrowth() throws Exception {
        Map<String, Object> growth = FixtureWarehouses.one("strategic_emerging", "SELECT * FROM mart_target_tracking"
                + " WHERE year = 2024 AND period = 6 AND target_id = 'ZX03'");
        assertDecimal("32.7", growth.get("actual"));
        assertEquals(true, growth.get("double_half_met"));
    }

    private static Map<String, Object> target(String id) throws Exception {
        return one("SELECT * FROM mart_target_tracking WHERE year = 2024 AND period = 6 AND target_id = '" + id + "'");
    }
}
