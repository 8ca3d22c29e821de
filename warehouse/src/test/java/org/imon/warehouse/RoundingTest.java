package org.imon.warehouse;

import static org.imon.warehouse.RegionIndicatorTest.assertDecimal;
import static org.imon.warehouse.ThreeRegions.one;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * 四舍五入 as README's "The statistics" states it: half away from zero, so a fall rounds like a rise of
 * the same size (−0.05 → −0.1, −0.15 → −0.2), never toward +∞ (−0.05 → −0.0) and never to even.
 */
class RoundingTest {

    @Test
    void percentagesRoundHalfAwayFromZeroToOneDecimal() throws Exception {
        Map<String, Object> r = one("SELECT ratio_pct(5, 10000) AS up, ratio_pct(-5, 10000) AS down,"
                + " ratio_pct(-15, 10000) AS down15, ratio_pct(-25, 10000) AS down25, ratio_pct(-4, 10000) AS small,"
                + " growth_pct(9995, 10000) AS fall, growth_pct(10015, 10000) AS rise")
                ;
        assertDecimal("0.1", r.get("up"));       // 0.05 → 0.1
        assertDecimal("-0.1", r.get("down"));    // −0.05 → −0.1
        assertDecimal("-0.2", r.get("down15"));  // −0.15 → −0.2
        assertDecimal("-0.3", r.get("down25"));  // −0.25 → −0.3 (not −0.2: no rounding to even)
        assertDecimal("0.0", r.get("small"));    // −0.04 → 0.0
        assertDecimal("-0.1", r.get("fall"));    // (9995 − 10000) / 10000 = −0.05% → −0.1
        assertDecimal("0.2", r.get("rise"));     // 0.15% → 0.2
    }

    @Test
    void amountsInYiRoundHalfAwayFromZeroToTwoDecimals() throws Exception {
        Map<String, Object> r = one("SELECT wan_to_yi(50) AS up, wan_to_yi(-50) AS down, wan_to_yi(-150) AS down150,"
                + " div_round2(-1, 200) AS needed_down, div_round2(1, 200) AS needed_up");
        assertDecimal("0.01", r.get("up"));        // 0.005亿 → 0.01
        assertDecimal("-0.01", r.get("down"));     // −0.005亿 → −0.01
        assertDecimal("-0.02", r.get("down150"));  // −0.015亿 → −0.02
        assertDecimal("-0.01", r.get("needed_down"));
        assertDecimal("0.01", r.get("needed_up"));
    }
}
