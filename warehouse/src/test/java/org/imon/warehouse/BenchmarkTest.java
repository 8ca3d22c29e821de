package org.imon.warehouse;

import static org.imon.warehouse.RegionIndicatorTest.assertDecimal;
import static org.imon.warehouse.ThreeRegions.one;
import static org.imon.warehouse.ThreeRegions.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The city beside its benchmarks, and published growth rates checked against their levels. */
class BenchmarkTest {

    @Test
    void theCityBesideTheProvince() throws Exception {
        List<Map<String, Object>> valueAdded = rows("SELECT * FROM mart_benchmark"
                + " WHERE year = 2024 AND period = 6 AND indicator_name = '规模以上工业增加值' ORDER BY is_city");
        assertEquals(List.of("河南省", "本市"), valueAdded.stream().map(r -> r.get("area")).toList());
        assertDecimal("7.2", valueAdded.get(0).get("growth_pct"));
        assertDecimal("7.8", valueAdded.get(1).get("growth_pct"));
        Map<String, Object> revenue = one("SELECT * FROM mart_benchmark"
                + " WHERE year = 2024 AND period = 6 AND indicator_name = '规模以上工业营业收入' AND is_city");
        assertDecimal("65.045678", revenue.get("value_ytd"));
        assertDecimal("13.5", revenue.get("growth_pct"));
    }

    @Test
    void publishedGrowthThatDisagreesWithItsLevelsIsListed() throws Exception {
        List<Map<String, Object>> checked = rows("SELECT * FROM mart_reconciliation ORDER BY flagged");
        assertEquals(2, checked.size());
        Map<String, Object> henan = checked.get(0);
        assertEquals("河南省", henan.get("area"));
        assertDecimal("6.1", henan.get("recomputed_growth_pct"));
        assertEquals(false, henan.get("flagged"));
        Map<String, Object> zhengzhou = checked.get(1);
        assertEquals("郑州市", zhengzhou.get("area"));
        assertDecimal("7.0", zhengzhou.get("recomputed_growth_pct"));
        assertDecimal("0.5", zhengzhou.get("difference_pts"));
        assertEquals(true, zhengzhou.get("flagged"));
    }
}
