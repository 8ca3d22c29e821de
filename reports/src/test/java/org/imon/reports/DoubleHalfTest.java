package org.imon.reports;

import static org.imon.reports.ReportAssertions.assertFontsEmbedded;
import static org.imon.reports.ReportAssertions.assertLaidOutWhole;
import static org.imon.reports.ReportAssertions.assertNumber;
import static org.imon.reports.ReportAssertions.flat;
import static org.imon.reports.ReportAssertions.xlsxRow;
import static org.imon.reports.ReportAssertions.xlsxRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
import org.imon.warehouse.profile.CityProfile;

/**
 * The 双过半 report on the three-region fixture, 2024 1-6月; every target's figure is worked out by
 * hand in the warehouse module's fixtures/three_regions/README.md ("Targets at 1-6月"). The mark
 * (过半线) of a level or count is half its annual target: 100 → 50.00, 60 → 30.00, 10 → 5.00, 1 → 0.5;
 * a rate's is its first-half target, else its annual one.
 */
class DoubleHalfTest {
    private static final ReportingPeriod JUNE = new ReportingPeriod(2024, 6);

    @TempDir
    static Path dir;
    static Warehouse warehouse;
    static List<Path> files;
    static String text;
    static JasperPrint print;

    @BeforeAll
    static void render() throws Exception {
        warehouse = ReportFixtures.open("three_regions");
        ReportFixtures.Rendered june = ReportFixtures.render(warehouse, ReportKind.DOUBLE_HALF, JUNE,
                LocalDate.of(2024, 7, 15), dir.resolve("reports"), EnumSet.of(Format.PDF, Format.XLSX));
        files = june.files();
        text = june.text();
        print = june.print();
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void everyTargetIsPrintedAsItsMartRowAgainstHalfItsAnnualTarget() throws Exception {
        List<List<String>> queried = new ArrayList<>();
        for (Map<String, Object> t : martRows("SELECT * FROM mart_target_tracking WHERE year = 2024 AND period = 6"
                + " ORDER BY CASE subject_type WHEN 'city' THEN 1 WHEN 'cluster' THEN 2 WHEN 'key_group' THEN 3"
                + " ELSE 4 END, target_id")) {
            boolean level = List.of("level", "count").contains(t.get("measure"));
            int decimals = "count".equals(t.get("measure")) ? 0 : level ? 2 : 1;
            BigDecimal annual = (BigDecimal) t.get("annual_value");
            List<String> row = new ArrayList<>(List.of((String) t.get("target_name"), (String) t.get("unit"),
                    "count".equals(t.get("measure")) ? annual.stripTrailingZeros().toPlainString()
                            : annual.setScale(decimals).toPlainString(),
                    level ? annual.divide(BigDecimal.valueOf(2)).stripTrailingZeros().setScale(
                            "count".equals(t.get("measure")) ? 1 : 2).toPlainString()
                            : ((BigDecimal) t.get("target_to_date")).setScale(1).toPlainString(),
                    ((BigDecimal) t.get("actual")).setScale(decimals, RoundingMode.HALF_UP).toPlainString()));
            if (level) {
                row.add(((BigDecimal) t.get("completion_pct")).toPlainString());
            }
            row.add((Boolean) t.get("double_half_met") ? "已过半" : "未过半");
            queried.add(row);
        }
        List<List<String>> printed = tableRows(text);
        assertEquals(queried, printed);
        // By hand (fixtures/three_regions/README.md, "Targets at 1-6月"):
        assertEquals(List.of(
                List.of("规模以上工业增加值增长", "%", "8.0", "7.5", "7.8", "已过半"),
                List.of("规模以上工业营业收入利润率", "%", "6.0", "6.0", "4.9", "未过半"),
                List.of("新入库规模以上工业企业", "家", "1", "0.5", "1", "100.0", "已过半"),
                List.of("装备制造产业集群主营业务收入", "亿元", "100.00", "50.00", "52.05", "52.0", "已过半"),
                List.of("电力装备产业集群主营业务收入", "亿元", "60.00", "30.00", "35.00", "58.3", "已过半"),
                List.of("百户重点企业产值增长", "%", "13.0", "12.5", "18.3", "已过半"),
                List.of("百户重点企业产值占规模以上工业比重", "%", "53.0", "53.0", "61.5", "已过半"),
                List.of("百户重点企业拉动规模以上工业增长", "百分点", "1.0", "0.5", "10.8", "已过半"),
                List.of("重点工业项目完成投资", "亿元", "10.00", "5.00", "3.50", "35.0", "未过半")), printed);
    }

    @Test
    void theCountIsOnTopAndTheShortfallsAreWorded() {
        String flat = flat(text);
        assertTrue(flat.contains("许昌市工业和信息化局许昌市目标任务“双过半”完成情况（2024年1-6月）2024年7月15日"), flat);
        assertTrue(flat.contains("2024年1-6月，时间进度50.0%，全市9项目标任务中，7项实现“双过半”，2项未实现。"), flat);
        assertTrue(flat.contains("未实现“双过半”的目标：规模以上工业营业收入利润率（4.9%，目标6.0%）、"
                + "重点工业项目完成投资（完成35.0%）。"), flat);
        assertTrue(flat.contains("—1—"), "page numbers — N —");
    }

    @Test
    void theSpreadsheetHoldsTheSameNumbersAsNumbers() throws Exception {
        List<List<XlsxCell>> rows = xlsxRows(files.get(1));
        List<XlsxCell> equipment = xlsxRow(rows, "装备制造产业集群主营业务收入");
        assertEquals(7, equipment.size(), equipment.toString());
        assertNumber("100.00", "#,##0.00", equipment.get(2));
        assertNumber("50.00", "#,##0.00", equipment.get(3));
        assertNumber("52.05", "#,##0.00", equipment.get(4));
        assertNumber("52.0", "#0.0", equipment.get(5));
        assertEquals("已过半", equipment.get(6).value());
        List<XlsxCell> margin = xlsxRow(rows, "规模以上工业营业收入利润率");
        assertNumber("4.9", "#0.0", margin.get(4));
        assertEquals("未过半", margin.get(5).value());
        assertNumber("0.5", "#,##0.##", xlsxRow(rows, "新入库规模以上工业企业").get(3));
    }

    @Test
    void bothFacesAreEmbeddedAndNothingIsCutOrOffThePage() throws Exception {
        assertFontsEmbedded(files.get(0), "NotoSerifSC", "NotoSerifSC-Bold", "NotoSansSC");
        assertLaidOutWhole(print);
    }

    @Test
    void anotherPeriodIsAProgressViewAgainstTheTargetToDate() throws Exception {
        Edition may = new Edition(warehouse, CityProfile.defaultProfile(), new ReportingPeriod(2024, 5),
                LocalDate.of(2024, 6, 15));
        Document document = new DoubleHalf().compose(may);
        assertEquals("许昌市目标任务进度情况", document.title());
        assertEquals("进度目标", document.parameters().get("MarkHeader"));
        // 电力装备 1-5月: the quarters 10 / 20 → 10 + 20 × 2/3 = 23.33 to date (README).
        Map<String, Object> power = document.rows().stream()
                .filter(r -> "电力装备产业集群主营业务收入".equals(r.get("target_name"))).findFirst().orElseThrow();
        assertEquals(new BigDecimal("23.33"), ((BigDecimal) power.get("mark")).stripTrailingZeros());
        assertTrue(List.of("达到", "未达到").contains(power.get("verdict")), power.toString());
        assertLaidOutWhole(new ReportRenderer().fill(ReportKind.DOUBLE_HALF, may));
    }

    @Test
    void aYearWithoutTargetsSaysSo() throws Exception {
        Edition lastYear = new Edition(warehouse, CityProfile.defaultProfile(), new ReportingPeriod(2023, 6),
                LocalDate.of(2023, 7, 15));
        JasperPrint empty = new ReportRenderer().fill(ReportKind.DOUBLE_HALF, lastYear);
        assertEquals("2023年1-6月，数据仓库中没有本年的目标任务（mart_target_tracking），无法评价目标完成情况。",
                new DoubleHalf().compose(lastYear).parameters().get("Overview"));
        assertLaidOutWhole(empty);
    }

    /**
     * Verdicts compare the exact actual, the table rounds it: a growth of 7.46 against 7.5 shows 7.5
     * and is not met; revenue of 52.045678亿元 against a mark of 52.05 (annual 104.10) shows 52.05
     * and is not met. The rows are written as mart_target_tracking would hold them.
     */
    @Test
    void ratesAndLevelsAreJudgedUnroundedAndShownRounded(@TempDir Path own) throws Exception {
        Path file = own.resolve("targets.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE mart_target_tracking AS SELECT * FROM (VALUES"
                    + " (2024, 6, 'GY01', '规模以上工业增加值增长', 'city', '%', 'growth_pct', 8.0, 7.5,"
                    + "  7.46, NULL, 50.0, false, false),"
                    + " (2024, 6, 'JQ01', '装备制造产业集群主营业务收入', 'cluster', '亿元', 'level', 104.10, 52.05,"
                    + "  52.045678, 50.0, 50.0, false, false))"
                    + " AS t(year, period, target_id, target_name, subject_type, unit, measure, annual_value,"
                    + " target_to_date, actual, completion_pct, time_progress_pct, met_to_date, double_half_met)");
        }
        try (Warehouse crafted = Warehouse.openReadOnly(file)) {
            Document document = new DoubleHalf().compose(new Edition(crafted, CityProfile.defaultProfile(), JUNE,
                    LocalDate.of(2024, 7, 15)));
            assertEquals(List.of("未过半", "未过半"), document.rows().stream().map(r -> r.get("verdict")).toList());
            assertEquals("未实现“双过半”的目标：规模以上工业增加值增长（7.5%，目标7.5%）、"
                    + "装备制造产业集群主营业务收入（完成50.0%）。",
                    document.parameters().get("Shortfalls"));
            assertEquals("2024年1-6月，时间进度50.0%，全市2项目标任务中，0项实现“双过半”，2项未实现。",
                    document.parameters().get("Overview"));
        }
    }

    private static List<Map<String, Object>> martRows(String sql) throws Exception {
        try (Statement statement = warehouse.connection().createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return Warehouse.rows(rs);
        }
    }

    /** The printed rows of the table: the lines that end in a verdict. */
    private static List<List<String>> tableRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\\R")) {
            List<String> cells = Arrays.asList(line.trim().split("\\s+"));
            if (cells.size() >= 6 && cells.get(cells.size() - 1).matches("已过半|未过半")) {
                rows.add(cells);
            }
        }
        assertFalse(rows.isEmpty(), text);
        return rows;
    }
}
