package org.imon.warehouse;

import static org.imon.warehouse.RegionIndicatorTest.assertDecimal;
import static org.imon.warehouse.ThreeRegions.one;
import static org.imon.warehouse.ThreeRegions.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Industries (growth, share, pull, contribution, 增长面) and the year-over-year series, on the fixture. */
class IndustryAndSeriesTest {

    @Test
    void divisionsAndTheirSection() throws Exception {
        List<Map<String, Object>> divisions = rows("SELECT * FROM mart_industry WHERE year = 2024 AND period = 6"
                + " AND level = 2 ORDER BY display_order, industry_code");
        assertEquals(List.of("30", "13", "34", "38"), divisions.stream().map(r -> r.get("industry_code")).toList(),
                "the watched C30 first");
        Map<String, Object> general = divisions.get(2);
        assertDecimal("17.0", general.get("growth_pct"));
        assertDecimal("33.8", general.get("share_pct"));
        assertDecimal("5.6", general.get("pull_pts"));
        assertDecimal("41.6", general.get("contribution_pct"));
        assertDecimal("-11.1", divisions.get(1).get("growth_pct"));
        assertDecimal("-1.7", divisions.get(1).get("pull_pts"));
        assertDecimal("-13.0", divisions.get(1).get("contribution_pct"));
        assertDecimal("8.7", divisions.get(3).get("pull_pts"));
        Map<String, Object> manufacturing = one("SELECT * FROM mart_industry WHERE year = 2024 AND period = 6"
                + " AND industry_code = 'C'");
        assertDecimal("13.4", manufacturing.get("growth_pct"));
        assertDecimal("100.0", manufacturing.get("share_pct"));
        assertDecimal("100.0", manufacturing.get("contribution_pct"));
        Map<String, Object> additive = one("SELECT ratio_pct(sum(output_ytd - output_ly), (SELECT sum(output_ly)"
                + " FROM fact_enterprise_period WHERE year = 2024 AND period = 6)) AS pulls"
                + " FROM mart_industry WHERE year = 2024 AND period = 6 AND level = 2");
        assertDecimal("13.4", additive.get("pulls"));
        Map<String, Object> breadth = one("SELECT * FROM mart_industry_breadth WHERE year = 2024 AND period = 6");
        assertEquals(4L, ((Number) breadth.get("divisions")).longValue());
        assertDecimal("75.0", breadth.get("growing_share_pct"));
    }

    @Test
    void theSamePeriodAcrossYears() throws Exception {
        List<Map<String, Object>> yuzhou = rows("SELECT * FROM mart_yoy_series WHERE subject_type = 'region'"
                + " AND subject_code = '411081' AND period = 6 ORDER BY year");
        assertEquals(2, yuzhou.size());
        assertDecimal("25.00", yuzhou.get(0).get("value_yi"));
        assertDecimal("35.00", yuzhou.get(1).get("value_yi"));
        assertDecimal("18.6", yuzhou.get(1).get("growth_pct"));
        assertEquals(4L, ((Number) one("SELECT count(*) AS n FROM mart_yoy_series WHERE subject_type = 'cluster'"
                + " AND year = 2024 AND period = 6").get("n")).longValue());
    }

    @Test
    void theSeriesRunsOnAcrossThe2017RegionChange() throws Exception {
        List<Map<String, Object>> jian = rows("SELECT * FROM mart_yoy_series WHERE subject_type = 'region'"
                + " AND subject_code = '411003' AND period = 6 ORDER BY year");
        assertEquals(List.of(2016, 2017), jian.stream().map(r -> ((Number) r.get("year")).intValue()).toList(),
                "许昌县 411023 in 2016 continues as 建安区 411003");
        assertEquals("建安区", jian.get(0).get("subject_name"));
        assertDecimal("4.80", jian.get(0).get("value_yi"));
        assertDecimal("20.0", jian.get(0).get("growth_pct"));
        assertDecimal("12.5", jian.get(1).get("growth_pct"));
    }
}
