package org.imon.warehouse;

import static org.imon.warehouse.RegionIndicatorTest.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * mart_peer_ranking on a hand-made fixture (fixtures/peer_ranking/README.md works out every rank): ties
 * on the printed figure, a member that did not report, the change of rank, and a city that is itself
 * one of the 35 large and medium cities.
 */
class PeerRankingTest {
    private static final String FIXTURE = "peer_ranking";

    static Map<String, Object> ranking(String group, int year, int period) throws Exception {
        return FixtureWarehouses.one(FIXTURE, "SELECT * FROM mart_peer_ranking WHERE group_code = ? AND year = ?"
                + " AND period = ? AND indicator = 'value_added' AND industry_code IS NULL", group, year, period);
    }

    private static List<Object> rank(Map<String, Object> row) {
        return Arrays.asList(row.get("growth_rank"), row.get("rank_tied"), row.get("ranked_count"), row.get("members"),
                row.get("members_not_reported"), row.get("rank_change"));
    }

    @Test
    void equalFiguresShareARankAndTheFirstPeriodHasNoChange() throws Exception {
        Map<String, Object> row = ranking("province", 2024, 2);
        assertEquals(Arrays.asList(2L, true, 4L, 3L, 0L, null), rank(row));
        assertDecimal("7.0", row.get("growth_pct"));
        assertEquals("全省", row.get("group_name"));
    }

    @Test
    void aPublishedTwoDecimalFigureRanksAsPrintedAndAMemberWithoutAFigureIsNotRanked() throws Exception {
        Map<String, Object> row = ranking("province", 2024, 3);
        assertEquals(Arrays.asList(1L, true, 3L, 3L, 1L, 1L), rank(row));
        assertEquals(3L, row.get("rank_last_year"));
        assertEquals(2L, row.get("rank_change_on_last_year"));
    }

    @Test
    void theCityOnTheThirtyFiveCityListIsNotRankedAgainstItsOwnRow() throws Exception {
        assertEquals(Arrays.asList(3L, false, 4L, 3L, 0L, null), rank(ranking("big35", 2024, 2)));
        Map<String, Object> march = ranking("big35", 2024, 3);
        assertEquals(Arrays.asList(2L, false, 4L, 3L, 0L, 1L), rank(march));
        assertNull(march.get("rank_last_year"));
    }

    @Test
    void noRowWhereNoMemberReported() throws Exception {
        assertEquals(0L, FixtureWarehouses.one(FIXTURE, "SELECT count(*) AS n FROM mart_peer_ranking"
                + " WHERE group_code = 'big35' AND year = 2023").get("n"));
        assertEquals(5L, FixtureWarehouses.one(FIXTURE, "SELECT count(*) AS n FROM mart_peer_ranking").get("n"));
    }
}
