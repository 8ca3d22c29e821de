package org.imon.warehouse;

import static org.imon.warehouse.RegionIndicatorTest.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Benchmarks by industry, synonyms, zero bases and revisions (fixtures/industry_benchmarks/README.md). */
class IndustryBenchmarkTest {
    private static final String FIXTURE = "industry_benchmarks";

    private static List<Map<String, Object>> rows(String sql) throws Exception {
        return FixtureWarehouses.rows(FIXTURE, sql);
    }

    private static Map<String, Object> one(String sql) throws Exception {
        return FixtureWarehouses.one(FIXTURE, sql);
    }

    /** area → [growth, share, pull] of one division's revenue. */
    private static Map<String, List<BigDecimal>> division(String code) throws Exception {
        return rows("SELECT * FROM mart_industry_benchmark WHERE year = 2024 AND period = 6 AND indicator = 'revenue'"
                + " AND industry_code = '" + code + "'").stream().collect(Collectors.toMap(r -> (String) r.get("area"),
                        r -> List.of((BigDecimal) r.get("growth_pct"), (BigDecimal) r.get("share_pct"),
                                (BigDecimal) r.get("pull_pts"))));
    }

    private static void assertFigures(List<String> expected, List<BigDecimal> actual) {
        for (int i = 0; i < expected.size(); i++) {
            assertDecimal(expected.get(i), actual.get(i));
        }
    }

    @Test
    void theCitysDivisionsBesideTheProvinceAndTheNation() throws Exception {
        Map<String, List<BigDecimal>> general = division("34");
        assertFigures(List.of("7.1", "30.0", "2.1"), general.get("河南省"));
        assertFigures(List.of("5.26", "8.0", "0.4"), general.get("全国"));
        assertFigures(List.of("17.3", "33.9", "5.7"), general.get("本市"));
        Map<String, List<BigDecimal>> food = division("13");
        assertFigures(List.of("-4.8", "20.0", "-1.1"), food.get("河南省"));
        assertFigures(List.of("-3.23", "6.0", "-0.2"), food.get("全国"));
        assertFigures(List.of("-11.1", "12.3", "-1.7"), food.get("本市"));
        assertEquals(List.of("全国"), List.copyOf(division("36").keySet()), "only the nation's file lists C36");
        assertEquals("农副食品加工业", one("SELECT industry_name FROM mart_industry_benchmark WHERE area = '全国'"
                + " AND industry_code = '13'").get("industry_name"));
    }

    /** Growth on a base of a few 千元, which in 亿元 has more decimals than ratio_pct takes: 0.10 / 0.20. */
    @Test
    void aTinyBaseGrowsOnTheFiguresInWan() throws Exception {
        assertDecimal("50.0", (BigDecimal) one("SELECT growth_pct FROM mart_industry_benchmark WHERE year = 2023"
                + " AND indicator = 'profit' AND industry_code = '22' AND area = '本市'").get("growth_pct"));
    }

    @Test
    void thePullsOfACompleteSplitAddUpToTheTotalsGrowth() throws Exception {
        for (String area : List.of("河南省", "本市")) {
            Map<String, Object> sum = one("SELECT sum(value_ytd - value_ly) AS increase, sum(pull_pts) AS pulls,"
                    + " any_value(total_growth_pct) AS growth FROM mart_industry_benchmark"
                    + " WHERE year = 2024 AND period = 6 AND indicator = 'revenue' AND area = '" + area + "'");
            Map<String, Object> total = one("SELECT value_ytd - value_ly AS increase FROM mart_benchmark"
                    + " WHERE year = 2024 AND period = 6 AND indicator = 'revenue' AND industry_code IS NULL"
                    + " AND area = '" + area + "'");
            assertDecimal(((BigDecimal) total.get("increase")).toPlainString(), sum.get("increase"));
            BigDecimal apart = ((BigDecimal) sum.get("pulls")).subtract((BigDecimal) sum.get("growth")).abs();
            assertTrue(apart.compareTo(new BigDecimal("0.1")) <= 0, area + ": " + sum);
        }
        assertDecimal("6.40", one("SELECT any_value(total_growth_pct) AS g FROM mart_industry_benchmark"
                + " WHERE area = '河南省'").get("g"));
    }

    @Test
    void publishedGrowthIsShownAsPublished() throws Exception {
        Map<String, Object> food = one("SELECT * FROM mart_benchmark WHERE area = '全国' AND industry_code = '13'");
        assertEquals(new BigDecimal("-3.23"), food.get("growth_pct"));
        assertDecimal("-3.2", food.get("recomputed_growth_pct"));
        assertEquals("published", food.get("growth_status"));
        assertEquals("农副食品加工业", food.get("industry_name"));
    }

    @Test
    void indicatorSynonymsMatchTheCitysIndicators() throws Exception {
        Map<String, Object> matched = rows("SELECT indicator_name, indicator FROM mart_benchmark WHERE area = '全国'"
                + " AND industry_code IS NULL").stream()
                .collect(Collectors.toMap(r -> (String) r.get("indicator_name"), r -> String.valueOf(r.get("indicator"))));
        assertEquals(Map.of("营业收入", "revenue", "利润总额", "profit", "工业增加值", "value_added"), matched);
        assertEquals("null", String.valueOf(one("SELECT indicator FROM mart_benchmark WHERE indicator_name = '地区生产总值'")
                .get("indicator")));
        assertDecimal("15.9", one("SELECT growth_pct FROM mart_benchmark WHERE is_city AND indicator = 'profit' AND year = 2024")
                .get("growth_pct"));
    }

    /** 河南省 sent revenue for 2024 1-6月 as 营业收入 (10000 / 9400) and again as 主营业务收入 (9900 / 9300). */
    @Test
    void oneFigureUnderTwoNamesIsMatchedOnce() throws Exception {
        Map<String, Object> byName = rows("SELECT indicator_name, indicator FROM mart_benchmark WHERE area = '河南省'"
                + " AND year = 2024 AND period = 6 AND industry_code IS NULL").stream()
                .collect(Collectors.toMap(r -> (String) r.get("indicator_name"), r -> String.valueOf(r.get("indicator"))));
        assertEquals(Map.of("营业收入", "revenue", "主营业务收入", "null"), byName, "the current name wins");
        Map<String, Object> total = one("SELECT count(*) AS n, any_value(value_ytd) AS ytd, any_value(growth_pct) AS g"
                + " FROM mart_industry_benchmark WHERE area = '河南省' AND industry_code IS NULL"
                + " AND year = 2024 AND period = 6 AND indicator = 'revenue'");
        assertEquals(0L, ((Number) total.get("n")).longValue(), "the total is not a division row");
        Map<String, Object> divisions = one("SELECT count(*) AS n, any_value(total_growth_pct) AS g"
                + " FROM mart_industry_benchmark WHERE area = '河南省' AND year = 2024 AND period = 6"
                + " AND indicator = 'revenue'");
        assertEquals(3L, ((Number) divisions.get("n")).longValue(), "C34, C38 and C13, once each");
        assertDecimal("6.40", divisions.get("g"));
    }

    @Test
    void aBaseOfZeroOrBelowHasAStatusAndAReason() throws Exception {
        Map<String, Object> zhengzhou = one("SELECT * FROM mart_benchmark WHERE area = '郑州市'");
        assertNull(zhengzhou.get("growth_pct"));
        assertEquals("base_not_positive", zhengzhou.get("growth_status"));
        assertEquals("基数为负或为零，增速不可比", zhengzhou.get("growth_note"));
        Map<String, Object> luoyang = one("SELECT * FROM mart_reconciliation WHERE area = '洛阳市'");
        assertEquals("not_comparable", luoyang.get("check_status"));
        assertEquals(false, luoyang.get("flagged"));
        assertEquals("基数为负或为零，增速不可比", luoyang.get("check_note"));
        Map<String, Object> counts = one("SELECT count(*) AS all_rows, count(*) FILTER (WHERE flagged) AS flagged,"
                + " count(*) FILTER (WHERE NOT flagged) AS not_flagged,"
                + " count(*) FILTER (WHERE check_status = 'consistent') AS consistent FROM mart_reconciliation");
        assertEquals(List.of(7L, 0L, 7L, 6L), List.of(counts.get("all_rows"), counts.get("flagged"),
                counts.get("not_flagged"), counts.get("consistent")).stream().map(n -> ((Number) n).longValue()).toList());
    }

    @Test
    void theSameFigureInTwoYearFoldersShowsTheLaterOneAndListsTheRevision() throws Exception {
        Map<String, Object> henan2023 = one("SELECT * FROM mart_benchmark WHERE area = '河南省' AND year = 2023");
        assertDecimal("5.0", henan2023.get("growth_pct"));
        assertEquals(2024, henan2023.get("folder_year"));
        Map<String, Object> revision = one("SELECT * FROM mart_benchmark_revision");
        assertEquals(2023, revision.get("earlier_folder_year"));
        assertEquals("benchmarks/2023/河南省.csv", revision.get("earlier_source_file"));
        assertDecimal("4.9", revision.get("earlier_growth_pct"));
        assertDecimal("5.0", revision.get("published_growth_pct"));
        assertEquals(true, revision.get("changed"));
    }
}
