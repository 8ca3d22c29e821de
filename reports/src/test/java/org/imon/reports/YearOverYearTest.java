package org.imon.reports;

import static org.imon.reports.ReportAssertions.assertChartLabelsDrawable;
import static org.imon.reports.ReportAssertions.assertFontsEmbedded;
import static org.imon.reports.ReportAssertions.assertLaidOutWhole;
import static org.imon.reports.ReportAssertions.assertNumber;
import static org.imon.reports.ReportAssertions.flat;
import static org.imon.reports.ReportAssertions.xlsxRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.reports.ReportAssertions.XlsxCell;
import org.imon.reports.ReportKind.Format;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;

/**
 * The year-over-year report on the three-region fixture: 2024 1-6月 against 2023 (the fixture holds no
 * 2020–2022), and 2017 1-6月 against 2016, across the change from 许昌县 to 建安区. The figures are worked
 * out by hand in the warehouse module's fixtures/three_regions/README.md ("Year-over-year" and
 * "The 2017 region change"); the 2023 city figures are worked below.
 */
class YearOverYearTest {
    @TempDir
    static Path dir;
    static Warehouse warehouse;
    static List<Path> files;
    static String text;
    static JasperPrint print;
    static String text2017;
    static JasperPrint print2017;

    @BeforeAll
    static void render() throws Exception {
        warehouse = ReportFixtures.open("three_regions");
        ReportFixtures.Rendered june = ReportFixtures.render(warehouse, ReportKind.YOY, new ReportingPeriod(2024, 6),
                LocalDate.of(2024, 7, 15), dir.resolve("reports"), EnumSet.of(Format.PDF, Format.XLSX));
        files = june.files();
        text = june.text();
        print = june.print();
        ReportFixtures.Rendered june2017 = ReportFixtures.render(warehouse, ReportKind.YOY,
                new ReportingPeriod(2017, 6), LocalDate.of(2017, 7, 15), dir.resolve("reports"), EnumSet.of(Format.PDF));
        text2017 = june2017.text();
        print2017 = june2017.print();
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void filesAreNamedByTheCatalog() {
        assertEquals(List.of(dir.resolve("reports/2024-06/同比对比_2024年1-6月.pdf"),
                dir.resolve("reports/2024-06/同比对比_2024年1-6月.xlsx")), files);
    }

    /**
     * 2023 1-6月 from fact_enterprise_period (甲乙丙戊): revenue 528000 against 490000 → 38000 / 490000 =
     * 7.755 → 7.8; output 554400 against 513500 → 40900 / 513500 = 7.965 → 8.0. 2024 1-5月 revenue
     * 528000 against 478000 → 50000 / 478000 = 10.460 → 10.5; 1-6月 13.5 (README).
     */
    @Test
    void theCityTableIsTheMartRowsPeriodByPeriod() throws Exception {
        List<List<XlsxCell>> rows = xlsxRows(files.get(1));
        List<List<String>> printed = new ArrayList<>();
        for (List<XlsxCell> row : rows) {
            if (row.size() > 2 && row.get(1).value() instanceof String year && year.matches("\\d{4}年") && row.get(2).numeric()) {
                List<String> cells = new ArrayList<>(List.of((String) row.get(0).value(), year));
                for (XlsxCell cell : row.subList(2, row.size())) {
                    assertEquals("#0.0", cell.format(), cell.toString());
                    cells.add(BigDecimal.valueOf((Double) cell.value()).setScale(1, RoundingMode.UNNECESSARY).toPlainString());
                }
                printed.add(cells);
            }
        }
        List<List<String>> queried = new ArrayList<>();
        List<String> current = null;
        for (Map<String, Object> m : martRows("SELECT c.*, i.sort_order FROM mart_city_indicator c JOIN dim_indicator i"
                + " USING (indicator) WHERE indicator IN ('value_added', 'revenue', 'output', 'profit')"
                + " AND year BETWEEN 2020 AND 2024 AND period BETWEEN 2 AND 6 AND growth_pct IS NOT NULL"
                + " ORDER BY i.sort_order, year, period")) {
            String year = m.get("year") + "年";
            if (current == null || !current.get(0).equals(m.get("indicator_name")) || !current.get(1).equals(year)) {
                current = new ArrayList<>(List.of((String) m.get("indicator_name"), year));
                queried.add(current);
            }
            current.add(((BigDecimal) m.get("growth_pct")).setScale(1, RoundingMode.UNNECESSARY).toPlainString());
        }
        assertEquals(queried, printed);
        assertTrue(printed.contains(List.of("营业收入", "2023年", "7.8")), printed.toString());
        assertTrue(printed.contains(List.of("营业收入", "2024年", "10.5", "13.5")), printed.toString());
        assertTrue(printed.contains(List.of("工业总产值", "2023年", "8.0")), printed.toString());
        assertTrue(printed.contains(List.of("规模以上工业增加值", "2024年", "7.8")), printed.toString());
        List<String> lines = Arrays.asList(text.split("\\R"));
        assertTrue(lines.contains("营业收入 2024年 10.5 13.5"), text);
    }

    @Test
    void theOpeningComparesTheSamePeriodOfEarlierYears() {
        String flat = flat(text);
        assertTrue(flat.contains("许昌市工业和信息化局许昌市工业经济主要指标同比对比（2024年1-6月）2024年7月15日"), flat);
        assertTrue(flat.contains("2024年1-6月，全市规模以上工业增加值增长7.8%；营业收入增长13.5%，2023年同期增长7.8%；"
                + "工业总产值增长13.4%，2023年同期增长8.0%；"), flat);
        assertFalse(flat.contains("系列连续"), "2023–2024 do not cross the 2017 change");
    }

    @Test
    void theRegionsAndClustersAcrossTheYearsAreTheSeriesRows() throws Exception {
        List<String> lines = Arrays.asList(text.split("\\R"));
        for (Map<String, Object> s : martRows("SELECT * FROM mart_yoy_series WHERE subject_type IN ('region', 'cluster')"
                + " AND period = 6 AND year = 2024")) {
            List<Map<String, Object>> before = martRows("SELECT * FROM mart_yoy_series WHERE subject_type = '"
                    + s.get("subject_type") + "' AND subject_code = '" + s.get("subject_code") + "' AND period = 6 AND year = 2023");
            String earlier = before.isEmpty() ? "" : figures(before.get(0)) + " ";
            String line = s.get("subject_name") + " " + earlier + figures(s);
            assertTrue(lines.contains(line), line + " in\n" + text);
        }
        // By hand (README): 禹州市 2023 25.00亿 (250000 against 230000 → 8.7), 2024 35.00亿 growing 18.6.
        assertTrue(lines.contains("禹州市 25.00 8.7 35.00 18.6"), text);
        assertTrue(lines.contains("2023年 2024年"), text);
    }

    @Test
    void aSeriesAcrossThe2017ChangeRunsOnAndTheNoteSaysSo() {
        List<String> lines = Arrays.asList(text2017.split("\\R"));
        // README, "The 2017 region change": 2016 4.80亿 growing 20.0, 2017 5.40亿 growing 12.5, all under 建安区.
        assertTrue(lines.contains("建安区 4.80 20.0 5.40 12.5"), text2017);
        assertFalse(text2017.contains("许昌县 4.80"), text2017);
        String flat = flat(text2017);
        assertTrue(flat.contains("许昌县（411023）自2017年起为建安区（411003），建安区2017年以前的数据为原许昌县数据，系列连续。"), flat);
        assertTrue(flat.contains("没有产业集群2017年1-6月及以前年度同期的营业收入数据"), flat);
        assertTrue(flat.contains("营业收入增长12.5%，2016年同期增长20.0%"), flat);
    }

    @Test
    void facesAreEmbeddedNothingIsCutAndTheChartsAreLabelled() throws Exception {
        assertFontsEmbedded(files.get(0), "NotoSerifSC", "NotoSerifSC-Bold", "NotoSansSC");
        assertLaidOutWhole(print);
        assertLaidOutWhole(print2017);
        List<String> labels = assertChartLabelsDrawable(print);
        assertTrue(labels.containsAll(List.of("1-5月", "1-6月", "2023年", "2024年")), labels.toString());
    }

    @Test
    void theSpreadsheetHoldsTheRegionFiguresAsNumbers() throws Exception {
        List<XlsxCell> yuzhou = xlsxRows(files.get(1)).stream().filter(r -> "禹州市".equals(r.get(0).value())).findFirst()
                .orElseThrow();
        assertNumber("25.00", "#,##0.00", yuzhou.get(1));
        assertNumber("8.7", "#0.0", yuzhou.get(2));
        assertNumber("35.00", "#,##0.00", yuzhou.get(3));
        assertNumber("18.6", "#0.0", yuzhou.get(4));
    }

    /** "25.00 8.7": a series row's revenue in 亿元 and its growth, as printed. */
    private static String figures(Map<String, Object> row) {
        BigDecimal growth = (BigDecimal) row.get("growth_pct");
        return ((BigDecimal) row.get("value_yi")).toPlainString()
                + (growth == null ? "" : " " + growth.setScale(1, RoundingMode.UNNECESSARY).toPlainString());
    }

    private static List<Map<String, Object>> martRows(String sql) throws Exception {
        try (Statement statement = warehouse.connection().createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return Warehouse.rows(rs);
        }
    }
}
