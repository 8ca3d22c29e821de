package org.imon.warehouse;

import static org.imon.warehouse.RegionIndicatorTest.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * mart_capacity_utilization and the band target CN01 on a hand-made quarterly survey
 * (fixtures/capacity_utilization/README.md works out every figure): quarters stored as their last
 * month, the bureau's city figure kept as published, 上年同期 as published or else loaded, the band
 * judged both ways, and a quarter's rate standing for the months until the next quarter.
 */
class CapacityUtilizationTest {
    private static final String FIXTURE = "capacity_utilization";

    private static Map<String, Object> city(int year, int period, String industry) throws Exception {
        return FixtureWarehouses.one(FIXTURE, "SELECT * FROM mart_capacity_utilization WHERE year = ? AND period = ?"
                + " AND is_city AND industry_code IS NOT DISTINCT FROM ?", year, period, industry);
    }

    @Test
    void theCityRateIsTheBureausOwnRowRoundedHalfAwayFromZeroNotAnAverageOfIndustries() throws Exception {
        Map<String, Object> whole = city(2024, 3, null);
        assertEquals(1, ((Number) whole.get("quarter")).intValue());
        assertEquals("2024年一季度", whole.get("quarter_label"));
        assertEquals("全部工业", whole.get("industry_name"));
        assertEquals("industry", whole.get("industry_level"));
        assertDecimal("76.3", whole.get("utilization_pct"));
        assertDecimal("74.0", whole.get("ly_pct"));
        assertEquals(true, whole.get("ly_published"));
        assertDecimal("2.3", whole.get("change_pts"));
        assertEquals("section", city(2024, 3, "C").get("industry_level"));
        assertDecimal("0.4", city(2024, 3, "C").get("change_pts"));
    }

    @Test
    void aBlankLastYearIsTakenFromTheSameQuarterLoadedLastYear() throws Exception {
        Map<String, Object> vehicles = city(2024, 3, "36");
        assertEquals("汽车制造业", vehicles.get("industry_name"));
        assertDecimal("70.5", vehicles.get("ly_pct"));
        assertEquals(false, vehicles.get("ly_published"));
        assertDecimal("-2.5", vehicles.get("change_pts"));
        assertDecimal("-3.0", city(2024, 6, null).get("change_pts"));
        Map<String, Object> first = city(2023, 3, null);
        assertNull(first.get("ly_pct"));
        assertNull(first.get("change_pts"));
    }

    @Test
    void theBandIsBoundsIncludedAndBothWaysAndOnlyInAYearThatSetsIt() throws Exception {
        Map<String, Object> food = city(2024, 3, "13");
        assertDecimal("75", food.get("band_low_pct"));
        assertDecimal("85", food.get("band_high_pct"));
        assertEquals(true, food.get("within_band"));
        assertEquals(false, city(2024, 3, "44").get("within_band"));
        assertEquals(false, city(2024, 3, "36").get("within_band"));
        assertEquals(false, city(2024, 6, null).get("within_band"));
        assertNull(city(2023, 3, null).get("within_band"));
    }

    @Test
    void aRegionRowIsNotTheCity() throws Exception {
        Map<String, Object> zengdu = FixtureWarehouses.one(FIXTURE, "SELECT * FROM mart_capacity_utilization"
                + " WHERE year = 2024 AND period = 3 AND region_code = '421303'");
        assertEquals(false, zengdu.get("is_city"));
        assertEquals("曾都区", zengdu.get("region_name"));
        assertDecimal("-1.2", zengdu.get("change_pts"));
    }

    @Test
    void theBandTargetReadsTheLatestQuarterOfTheYearEachMonth() throws Exception {
        List<Map<String, Object>> cn01 = FixtureWarehouses.rows(FIXTURE, "SELECT period, actual, target_to_date,"
                + " tolerance_value, met_to_date, double_half_met FROM mart_target_tracking WHERE year = 2024"
                + " AND target_id = 'CN01' ORDER BY period");
        assertEquals(List.of(2, 3, 5, 6), cn01.stream().map(r -> ((Number) r.get("period")).intValue()).toList());
        assertNull(cn01.get(0).get("actual"));
        assertDecimal("76.3", cn01.get(2).get("actual"));
        assertDecimal("80", cn01.get(2).get("target_to_date"));
        assertDecimal("5", cn01.get(2).get("tolerance_value"));
        assertEquals(Arrays.asList(null, true, true, false), cn01.stream().map(r -> r.get("met_to_date")).toList());
        assertEquals(Arrays.asList(null, null, null, false), cn01.stream().map(r -> r.get("double_half_met")).toList());
    }
}
