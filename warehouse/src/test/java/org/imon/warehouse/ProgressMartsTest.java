package org.imon.warehouse;

import static org.imon.warehouse.RegionIndicatorTest.assertDecimal;
import static org.imon.warehouse.ThreeRegions.one;
import static org.imon.warehouse.ThreeRegions.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Clusters, key enterprises, projects, entrants and targets on the three-region fixture (see its README.md). */
class ProgressMartsTest {

    @Test
    void clusterProgressAgainstTargetsAndTime() throws Exception {
        Map<String, Object> equipment = one("SELECT * FROM mart_cluster_progress WHERE year = 2024 AND period = 6"
                + " AND cluster_code = 'equipment'");
        assertDecimal("52.05", equipment.get("revenue_yi"));
        assertDecimal("18.8", equipment.get("growth_pct"));
        assertDecimal("100", equipment.get("target_yi"));
        assertDecimal("52.0", equipment.get("completion_pct"));
        assertDecimal("50.0", equipment.get("time_progress_pct"));
        assertDecimal("2.0", equipment.get("ahead_pts"));
        assertDecimal("7.99", equipment.get("monthly_needed_yi"));
        Map<String, Object> power = one("SELECT * FROM mart_cluster_progress WHERE year = 2024 AND period = 6"
                + " AND cluster_code = 'power_equipment'");
        assertDecimal("35.00", power.get("revenue_yi"));
        assertEquals(2L, ((Number) power.get("enterprise_count")).longValue(), "丙 by rule, 丁 by the city's list");
        assertDecimal("58.3", power.get("completion_pct"));
        assertDecimal("4.17", power.get("monthly_needed_yi"));
        Map<String, Object> food = one("SELECT * FROM mart_cluster_progress WHERE year = 2024 AND period = 6"
                + " AND cluster_code = 'food'");
        assertDecimal("10", food.get("target_yi"));
        assertDecimal("-11.1", food.get("growth_pct"));
        assertDecimal("30.0", food.get("ahead_pts"));
        assertDecimal("0.33", food.get("monthly_needed_yi"));
        assertEquals(false, food.get("target_met"));
        assertEquals(true, food.get("ahead_of_time"));
    }

    @Test
    void aClusterThatMetItsTargetNeedsNothingMoreAMonth() throws Exception {
        // 新材料 1-6月: 50000 against 40000; the remainder would be −0.17亿 a month: it is 0.00, and met.
        Map<String, Object> june = one("SELECT * FROM mart_cluster_progress WHERE year = 2024 AND period = 6"
                + " AND cluster_code = 'new_materials'");
        assertEquals(true, june.get("target_met"));
        assertDecimal("0.00", june.get("monthly_needed_yi"));
        // 1-5月: 40000 against 40000 exactly: met, 0 / 70000 = 0.00.
        Map<String, Object> may = one("SELECT * FROM mart_cluster_progress WHERE year = 2024 AND period = 5"
                + " AND cluster_code = 'new_materials'");
        assertEquals(true, may.get("target_met"));
        assertDecimal("0.00", may.get("monthly_needed_yi"));
        assertEquals(0L, ((Number) one("SELECT count(*) AS n FROM mart_cluster_progress WHERE monthly_needed_yi < 0")
                .get("n")).longValue(), "月均需完成 is never negative");
    }

    @Test
    void keyGroupGrowthShareAndPullAddUp() throws Exception {
        Map<String, Object> key100 = one("SELECT * FROM mart_key_group WHERE year = 2024 AND period = 6"
                + " AND list_code = 'key100'");
        assertDecimal("18.3", key100.get("growth_pct"));
        assertDecimal("61.5", key100.get("share_pct"));
        assertDecimal("10.8", key100.get("pull_pts"));
        assertDecimal("80.5", key100.get("contribution_pct"));
        assertDecimal("12.5", key100.get("target_growth_pct"));
        assertDecimal("53", key100.get("target_share_pct"));
        assertDecimal("0.5", key100.get("target_pull_pts"));
        assertEquals(true, key100.get("growth_met"));
        assertEquals(true, key100.get("pull_met"));
        // The pulls of disjoint groups add up to the total's growth: 百户 and everyone else.
        Map<String, Object> pulls = one("SELECT ratio_pct(sum(output_ytd - output_ly) FILTER (WHERE credit_code"
                + " NOT IN ('91411081MA0000003M', '91411000MA0000005H')), sum(output_ly)) AS others,"
                + " ratio_pct(sum(output_ytd - output_ly), sum(output_ly)) AS total"
                + " FROM fact_enterprise_period WHERE year = 2024 AND period = 6");
        assertDecimal("2.6", pulls.get("others"));
        assertDecimal("13.4", pulls.get("total"));
        Map<String, Object> dragger = one("SELECT * FROM mart_key_group_member WHERE year = 2024 AND period = 6"
                + " AND list_code = 'key100' AND drag_rank = 1");
        assertEquals("许昌戊电梯有限公司", dragger.get("enterprise_name"));
    }

    @Test
    void projectsBehindScheduleAndGoingIntoProduction() throws Exception {
        Map<String, Object> first = one("SELECT * FROM mart_project_progress WHERE year = 2024 AND period = 6"
                + " AND project_id = 'XM2024001'");
        assertDecimal("37.5", first.get("completion_pct"));
        assertDecimal("-12.5", first.get("ahead_pts"));
        assertEquals(true, first.get("behind_schedule"));
        assertEquals(false, first.get("status_changed"));
        Map<String, Object> second = one("SELECT * FROM mart_project_progress WHERE year = 2024 AND period = 6"
                + " AND project_id = 'XM2024002'");
        assertEquals("开工", second.get("previous_status"));
        assertEquals(true, second.get("went_into_production"));
        assertDecimal("0.45", second.get("new_output_yi"));
        Map<String, Object> yuzhou = one("SELECT * FROM mart_project_summary WHERE year = 2024 AND period = 6"
                + " AND region_code = '411081'");
        assertEquals(1L, ((Number) yuzhou.get("behind_schedule")).longValue());
    }

    @Test
    void entrantsAndExits() throws Exception {
        Map<String, Object> yuzhou = one("SELECT * FROM mart_entrants_exits WHERE year = 2024 AND region_code = '411081'");
        assertEquals(1L, ((Number) yuzhou.get("entrants")).longValue());
        assertEquals(0L, ((Number) yuzhou.get("exits")).longValue());
        assertEquals(0L, ((Number) one("SELECT count(*) AS n FROM mart_entrants_exits WHERE year = 2023").get("n")).longValue(),
                "2023 has no year before it in the fixture");
    }

    @Test
    void everyTargetAndTheDoubleHalfCheck() throws Exception {
        Map<String, Map<String, Object>> june = new java.util.HashMap<>();
        for (Map<String, Object> row : rows("SELECT * FROM mart_target_tracking WHERE year = 2024 AND period = 6")) {
            june.put((String) row.get("target_id"), row);
        }
        assertTarget(june.get("GY01"), "7.8", "7.5", null, true, true);
        assertTarget(june.get("JQ-equipment"), "52.045678", "50.00", "52.0", true, true);
        assertTarget(june.get("JQ-power_equipment"), "35", "30.00", "58.3", true, true);
        assertTarget(june.get("BH01"), "18.3", "12.5", null, true, true);
        assertTarget(june.get("BH02"), "61.5", "53", null, true, true);
        assertTarget(june.get("BH03"), "10.8", "0.5", null, true, true);
        assertTarget(june.get("XM01"), "3.5", "6.00", "35.0", false, false);
        assertTarget(june.get("RK01"), "1", "0.50", "100.0", true, true);
        assertTarget(june.get("LR01"), "4.9", "6.0", null, false, false);
        Map<String, Object> may = one("SELECT * FROM mart_target_tracking WHERE year = 2024 AND period = 5"
                + " AND target_id = 'JQ-power_equipment'");
        assertDecimal("23.33", may.get("target_to_date"));
        assertNull(may.get("double_half_met"), "双过半 is judged at 1-6月 only");
    }

    private static void assertTarget(Map<String, Object> row, String actual, String toDate, String completion,
            boolean met, boolean doubleHalf) {
        assertDecimal(actual, row.get("actual") instanceof Number n && !(n instanceof java.math.BigDecimal)
                ? new java.math.BigDecimal(n.toString()) : row.get("actual"));
        assertDecimal(toDate, row.get("target_to_date"));
        if (completion == null) {
            assertNull(row.get("completion_pct"), row.get("target_id") + " is a rate");
        } else {
            assertDecimal(completion, row.get("completion_pct"));
        }
        assertEquals(met, row.get("met_to_date"), row.get("target_id") + " met");
        assertEquals(doubleHalf, row.get("double_half_met"), row.get("target_id") + " 双过半");
    }
}
