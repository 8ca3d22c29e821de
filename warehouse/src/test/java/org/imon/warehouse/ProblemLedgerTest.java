package org.imon.warehouse;

import static org.imon.warehouse.RegionIndicatorTest.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The enterprise problem ledger's marts on a hand-made ledger (fixtures/problem_ledger/README.md works
 * out every figure): a problem's state at a period's end is its row in the latest file up to then.
 */
class ProblemLedgerTest {
    private static final String FIXTURE = "problem_ledger";

    private static Map<String, Object> resolution(int period, String breakdown, String subject) throws Exception {
        return FixtureWarehouses.one(FIXTURE, "SELECT * FROM mart_problem_resolution WHERE year = 2024 AND period = ?"
                + " AND breakdown = ? AND subject_name = ?", period, breakdown, subject);
    }

    private static List<Object> counts(Map<String, Object> row) {
        return List.of(row.get("problems"), row.get("resolved"), row.get("resolved_on_time"), row.get("open_problems"),
                row.get("overdue"), row.get("policy_problems"), row.get("policy_resolved"));
    }

    @Test
    void theCityAtTheEndOfMarchCountsTheCarriedOverProblemAndTheOverdueOne() throws Exception {
        Map<String, Object> city = resolution(3, "city", "全市");
        assertEquals(List.of(5L, 3L, 2L, 2L, 1L, 4L, 2L), counts(city));
        assertEquals(List.of(4L, 1L), List.of(city.get("new_problems"), city.get("carried_over")));
        assertDecimal("50.0", city.get("resolution_rate_pct"));
        assertDecimal("66.7", city.get("on_time_rate_pct"));
    }

    @Test
    void byRegionAndByHandlingUnit() throws Exception {
        assertEquals(List.of(3L, 2L, 1L, 1L, 0L, 2L, 1L), counts(resolution(3, "region", "魏都区")));
        assertEquals(List.of(2L, 1L, 1L, 1L, 1L, 2L, 1L), counts(resolution(3, "region", "禹州市")));
        Map<String, Object> land = resolution(3, "unit", "市自然资源和规划局");
        assertEquals(List.of(2L, 1L, 0L, 1L, 1L, 2L, 1L), counts(land));
        assertDecimal("50.0", land.get("resolution_rate_pct"));
        assertDecimal("0.0", land.get("on_time_rate_pct"));
        assertDecimal("100.0", resolution(3, "unit", "禹州市政府").get("resolution_rate_pct"));
        assertDecimal("0.0", resolution(3, "unit", "魏都区政府").get("resolution_rate_pct"));
    }

    @Test
    void theLatestFileWinsSoAnExtendedDeadlineIsNotYetOverdue() throws Exception {
        assertEquals(0L, resolution(4, "city", "全市").get("overdue"), "April's file moved P4's deadline to 04-30");
        Map<String, Object> may = FixtureWarehouses.one(FIXTURE,
                "SELECT * FROM mart_problem_overdue WHERE year = 2024 AND period = 5");
        assertEquals(List.of("WT2024-003", 31, "市自然资源和规划局"),
                List.of(may.get("problem_id"), may.get("days_overdue"), may.get("handling_unit")));
    }

    @Test
    void theFirstHalfListsTheOverdueProblemsWithTheirDays() throws Exception {
        Map<String, Object> city = resolution(6, "city", "全市");
        assertEquals(List.of(8L, 5L, 3L, 3L, 2L, 6L, 4L), counts(city));
        assertDecimal("66.7", city.get("resolution_rate_pct"));
        assertDecimal("60.0", city.get("on_time_rate_pct"));
        assertEquals(1L, city.get("policy_overdue"));
        List<Map<String, Object>> overdue = FixtureWarehouses.rows(FIXTURE, "SELECT * FROM mart_problem_overdue"
                + " WHERE year = 2024 AND period = 6 ORDER BY days_overdue DESC");
        assertEquals(List.of(List.of("WT2024-005", 18, "禹州市", true), List.of("WT2024-007", 10, "禹州市", false)),
                overdue.stream().map(r -> List.of(r.get("problem_id"), r.get("days_overdue"), r.get("region_name"),
                        r.get("in_policy_scope"))).toList());
    }

    @Test
    void theHundredPercentTargetIsMetOnlyWhileEveryPolicyProblemIsResolved() throws Exception {
        List<Map<String, Object>> wt01 = FixtureWarehouses.rows(FIXTURE, "SELECT period, actual, met_to_date,"
                + " double_half_met FROM mart_target_tracking WHERE year = 2024 AND target_id = 'WT01' ORDER BY period");
        assertEquals(List.of(true, false, false, false, false), wt01.stream().map(r -> r.get("met_to_date")).toList());
        assertDecimal("100.0", wt01.get(0).get("actual"));
        assertDecimal("66.7", wt01.get(4).get("actual"));
        assertEquals(false, wt01.get(4).get("double_half_met"));
    }
}
