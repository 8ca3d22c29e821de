package org.imon.reports;

import static org.imon.reports.ReportAssertions.assertChartLabelsDrawable;
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
import java.nio.file.Files;
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
import org.imon.warehouse.profile.CityProfile;

/**
 * The clusters report on the three-region fixture, 2024 1-6月; every figure is worked out by hand in
 * the warehouse module's fixtures/three_regions/README.md ("Clusters").
 */
class ClusterProgressTest {
    private static final ReportingPeriod JUNE = new ReportingPeriod(2024, 6);

    @TempDir
    static Path dir;
    static Warehouse warehouse;
    static Edition june;
    static List<Path> files;
    static String text;
    static JasperPrint print;

    @BeforeAll
    static void render() throws Exception {
        warehouse = ReportFixtures.open("three_regions");
        june = new Edition(warehouse, CityProfile.defaultProfile(), JUNE, LocalDate.of(2024, 7, 15));
        ReportFixtures.Rendered rendered = ReportFixtures.render(warehouse, ReportKind.CLUSTERS, JUNE,
                june.issued(), dir.resolve("reports"), EnumSet.allOf(Format.class));
        files = rendered.files();
        text = rendered.text();
        print = rendered.print();
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void filesAreNamedByTheCatalog() {
        assertEquals(List.of(dir.resolve("reports/2024-06/产业集群营收目标进度_2024年1-6月.pdf"),
                dir.resolve("reports/2024-06/产业集群营收目标进度_2024年1-6月.xlsx"),
                dir.resolve("reports/2024-06/产业集群营收目标进度_2024年1-6月.png")), files);
        files.forEach(f -> assertTrue(Files.isRegularFile(f), f.toString()));
    }

    @Test
    void theTableIsExactlyTheMartRows() throws Exception {
        List<List<String>> printed = tableRows(text);
        List<List<String>> queried = new ArrayList<>();
        for (Map<String, Object> c : martRows("SELECT * FROM mart_cluster_progress WHERE year = 2024"
                + " AND period = 6 ORDER BY target_tier_yi DESC, ahead_pts DESC")) {
            BigDecimal ahead = (BigDecimal) c.get("ahead_pts");
            boolean met = ((BigDecimal) c.get("monthly_needed_yi")).signum() <= 0;
            queried.add(List.of((String) c.get("cluster_name"), c.get("target_tier_yi").toString(),
                    ((BigDecimal) c.get("target_yi")).setScale(2).toPlainString(),
                    ((BigDecimal) c.get("revenue_yi")).toPlainString(),
                    ((BigDecimal) c.get("completion_pct")).toPlainString(),
                    ((BigDecimal) c.get("time_progress_pct")).toPlainString(),
                    (ahead.signum() >= 0 ? "+" : "") + ahead.toPlainString(),
                    ((BigDecimal) c.get("growth_pct")).toPlainString(),
                    met ? "已完成全年目标" : ((BigDecimal) c.get("monthly_needed_yi")).toPlainString()));
        }
        assertEquals(queried, printed);
        // By hand (fixtures/three_regions/README.md, "Clusters"):
        assertEquals(List.of(
                List.of("装备制造", "100", "100.00", "52.05", "52.0", "50.0", "+2.0", "18.8", "7.99"),
                List.of("电力装备", "60", "60.00", "35.00", "58.3", "50.0", "+8.3", "18.6", "4.17"),
                List.of("食品加工", "10", "10.00", "8.00", "80.0", "50.0", "+30.0", "-11.1", "0.33"),
                List.of("新材料", "4", "4.00", "5.00", "125.0", "50.0", "+75.0", "11.1", "已完成全年目标")), printed);
    }

    @Test
    void theTextWordsEveryCluster() {
        String flat = flat(text);
        assertTrue(flat.contains("许昌市工业和信息化局许昌市产业集群营业收入目标完成情况（2024年1-6月）2024年7月15日"), flat);
        assertTrue(flat.contains("2024年1-6月，全市4个产业集群中，1个已完成全年目标；4个超时间进度（50.0%），0个欠进度。"), flat);
        assertTrue(flat.contains("装备制造产业集群实现营业收入52.05亿元，增长18.8%，完成全年目标（100.00亿元）的52.0%，"
                + "超进度2.0个百分点，月均需完成7.99亿元。"), flat);
        assertTrue(flat.contains("食品加工产业集群实现营业收入8.00亿元，下降11.1%，完成全年目标（10.00亿元）的80.0%，"
                + "超进度30.0个百分点，月均需完成0.33亿元。"), flat);
        assertTrue(flat.contains("新材料产业集群实现营业收入5.00亿元，增长11.1%，完成全年目标（4.00亿元）的125.0%，"
                + "超进度75.0个百分点，已完成全年目标。"), flat);
        assertFalse(flat.contains("-0.17"), "a met target never shows a negative amount still needed");
        assertTrue(flat.contains("各集群数据不能相加"), "clusters overlap: the note says they are not added up");
        assertTrue(flat.contains("—1—") && flat.contains("—2—"), "page numbers — N —");
    }

    @Test
    void aTargetMetExactlyIsMetAndOneBehindIsWordedSo() throws Exception {
        Edition may = new Edition(warehouse, CityProfile.defaultProfile(), new ReportingPeriod(2024, 5),
                LocalDate.of(2024, 6, 15));
        Document document = new ClusterProgress().compose(may);
        String details = (String) document.parameters().get("Details");
        // 新材料 1-5月: 40000 against a target of 40000 → 100.0%, nothing left: met, not "0.00亿元 a month".
        assertTrue(details.contains("新材料产业集群实现营业收入4.00亿元，增长5.3%，完成全年目标（4.00亿元）的100.0%，"
                + "超进度58.3个百分点，已完成全年目标。"), details);
        assertEquals("欠进度3.1个百分点", Wording.againstTimeProgress(new BigDecimal("-3.1")));
        assertEquals("月均需完成7.99亿元", Wording.stillNeeded(false, new BigDecimal("7.99")));
    }

    @Test
    void theSpreadsheetHoldsTheSameNumbersAsNumbers() throws Exception {
        List<List<XlsxCell>> rows = xlsxRows(files.get(1));
        List<XlsxCell> equipment = xlsxRow(rows, "装备制造");
        assertEquals(9, equipment.size(), equipment.toString());
        assertNumber("100", "#,##0", equipment.get(1));
        assertNumber("100.00", "#,##0.00", equipment.get(2));
        assertNumber("52.05", "#,##0.00", equipment.get(3));
        assertNumber("52.0", "#0.0", equipment.get(4));
        assertNumber("50.0", "#0.0", equipment.get(5));
        assertNumber("2.0", "+#0.0;-#0.0", equipment.get(6));
        assertNumber("18.8", "#0.0", equipment.get(7));
        assertNumber("7.99", "#,##0.00", equipment.get(8));
        assertNumber("-11.1", "#0.0", xlsxRow(rows, "食品加工").get(7));
        assertEquals("已完成全年目标", xlsxRow(rows, "新材料").get(8).value());
    }

    @Test
    void bothFacesAreEmbeddedAndNothingIsCutOrOffThePage() throws Exception {
        assertFontsEmbedded(files.get(0), "NotoSerifSC", "NotoSerifSC-Bold", "NotoSansSC");
        assertEquals(2, print.getPages().size());
        assertLaidOutWhole(print);
    }

    @Test
    void theChartIsLabelledInChineseAndShowsTheTimeProgress() throws Exception {
        assertEquals(List.of("装备制造", "电力装备", "食品加工", "新材料", "完成率（%）", "时间进度50.0%"),
                assertChartLabelsDrawable(print));
    }

    private static List<Map<String, Object>> martRows(String sql) throws Exception {
        try (Statement statement = warehouse.connection().createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return Warehouse.rows(rs);
        }
    }

    /** The printed rows of the table: a cluster name followed by its eight figures. */
    private static List<List<String>> tableRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\\R")) {
            List<String> cells = Arrays.asList(line.trim().split("\\s+"));
            if (cells.size() == 9 && cells.get(2).matches("[\\d,]+\\.\\d{2}")) {
                rows.add(cells);
            }
        }
        assertFalse(rows.isEmpty(), text);
        return rows;
    }
}
