package org.imon.warehouse;

import static org.imon.warehouse.RegionIndicatorTest.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * mart_energy_intensity on a hand-made release (fixtures/energy_intensity/README.md works out every
 * figure): the year's change chained from energy and value-added growth, the change since the target's
 * base year across full years, ranks among the regions, and NH01 judged on the exact chain.
 */
class EnergyIntensityTest {
    private static final String FIXTURE = "energy_intensity";

    private static Map<String, Object> row(int year, int period, String region) throws Exception {
        return FixtureWarehouses.one(FIXTURE, "SELECT * FROM mart_energy_intensity WHERE year = ? AND period = ?"
                + " AND region_name = ?", year, period, region);
    }

    private static List<Map<String, Object>> nh01(int year) throws Exception {
        return FixtureWarehouses.rows(FIXTURE, "SELECT period, actual, met_to_date, double_half_met"
                + " FROM mart_target_tracking WHERE year = ? AND target_id = 'NH01' ORDER BY period", year);
    }

    @Test
    void aFullYearsChangeIsEnergyGrowthOverValueAddedGrowth() throws Exception {
        assertDecimal("-5.6", row(2017, 12, "全市").get("intensity_change_pct"));
        assertDecimal("-5.6", row(2018, 12, "全市").get("intensity_change_pct"));
        assertDecimal("-5.1", row(2019, 12, "全市").get("intensity_change_pct"));
    }

    @Test
    void theChangeSinceTheBaseYearChainsTheFullYearsAndTheYearSoFar() throws Exception {
        Map<String, Object> may = row(2020, 5, "全市");
        assertEquals(2016, ((Number) may.get("base_year")).intValue());
        assertDecimal("1.0", may.get("intensity_change_pct"));
        assertDecimal("-14.5", may.get("change_since_base_pct"));
        Map<String, Object> june = row(2020, 6, "全市");
        assertDecimal("0.5", june.get("energy_growth_pct"));
        assertDecimal("5.0", june.get("va_growth_pct"));
        assertDecimal("-4.3", june.get("intensity_change_pct"));
        assertDecimal("-19.0", june.get("change_since_base_pct"));
        assertDecimal("250.5", june.get("energy_wan_tce"));
        assertEquals(new BigInteger("1071690795").multiply(BigInteger.TEN.pow(15)),
                new BigInteger(june.get("energy_chain").toString()));
    }

    @Test
    void regionsRankTheLargestFallFirstAndWithoutTheFullYearsHaveNoChangeSinceTheBase() throws Exception {
        Map<String, Object> weidu = row(2020, 6, "魏都区");
        assertDecimal("-4.7", weidu.get("intensity_change_pct"));
        assertEquals(1L, ((Number) weidu.get("rank_by_intensity_change")).longValue());
        assertEquals(1L, ((Number) weidu.get("intensity_rank_change")).longValue());
        assertNull(weidu.get("change_since_base_pct"));
        Map<String, Object> yuzhou = row(2020, 6, "禹州市");
        assertDecimal("-3.8", yuzhou.get("intensity_change_pct"));
        assertEquals(-1L, ((Number) yuzhou.get("intensity_rank_change")).longValue());
        assertNull(yuzhou.get("energy_wan_tce"));
        assertDecimal("-6.7", row(2020, 5, "禹州市").get("intensity_change_pct"));
        assertNull(row(2020, 6, "全市").get("rank_by_intensity_change"));
    }

    @Test
    void aCumulativeFallTargetIsMetAtOrBelowItsValue() throws Exception {
        List<Map<String, Object>> plan = nh01(2020);
        assertDecimal("-14.5", plan.get(0).get("actual"));
        assertDecimal("-19.0", plan.get(1).get("actual"));
        assertEquals(List.of(false, true), plan.stream().map(r -> r.get("met_to_date")).toList());
        assertEquals(true, plan.get(1).get("double_half_met"));
    }

    @Test
    void aYearlyFallTargetIsJudgedOnTheExactChangeNotThePrintedOne() throws Exception {
        Map<String, Object> may = row(2021, 5, "全市");
        assertEquals(2020, ((Number) may.get("base_year")).intValue());
        assertDecimal("-2.5", may.get("change_since_base_pct"));
        List<Map<String, Object>> yearly = nh01(2021);
        assertDecimal("-2.5", yearly.get(0).get("actual"));
        assertEquals(List.of(false, true), yearly.stream().map(r -> r.get("met_to_date")).toList());
        assertEquals(true, yearly.get(1).get("double_half_met"));
    }
}
