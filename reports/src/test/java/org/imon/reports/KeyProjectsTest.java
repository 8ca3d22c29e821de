package org.imon.reports;

import static org.imon.reports.ReportAssertions.assertFontsEmbedded;
import static org.imon.reports.ReportAssertions.assertLaidOutWhole;
import static org.imon.reports.ReportAssertions.assertNumber;
import static org.imon.reports.ReportAssertions.flat;
import static org.imon.reports.ReportAssertions.xlsxRow;
import static org.imon.reports.ReportAssertions.xlsxRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
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
 * The key projects report on the three-region fixture, 2024 1-6月 (fixtures/three_regions/README.md,
 * "Key projects"): XM2024001 禹州市 电力装备, 开工, plan 40000, invested 15000 → 37.5%, −12.5 (behind);
 * XM2024002 魏都区 装备制造, 开工 → 投产, plan 20000, invested 20000 → 100.0%, +50.0, new output 4500.
 * Together: plan 60000 = 6.00亿, invested 35000 = 3.50亿, 35000 / 60000 = 58.333 → 58.3%,
 * (12 × 35000 − 6 × 60000) / (12 × 60000) = 8.333 → +8.3 points.
 */
class KeyProjectsTest {
    private static final ReportingPeriod JUNE = new ReportingPeriod(2024, 6);

    @TempDir
    static Path dir;
    static Warehouse warehouse;
    static List<Path> files;
    static String text;
    static List<String> lines;
    static JasperPrint print;

    @BeforeAll
    static void render() throws Exception {
        warehouse = ReportFixtures.open("three_regions");
        ReportFixtures.Rendered june = ReportFixtures.render(warehouse, ReportKind.PROJECTS, JUNE,
                LocalDate.of(2024, 7, 15), dir.resolve("reports"), EnumSet.of(Format.PDF, Format.XLSX));
        files = june.files();
        text = june.text();
        lines = Arrays.stream(text.split("\\R")).map(l -> l.trim().replaceAll("\\s+", " ")).toList();
        print = june.print();
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void theOpeningSentenceCountsAndSumsEveryProject() {
        String flat = flat(text);
        assertTrue(flat.contains("许昌市工业和信息化局许昌市重点项目建设进展情况（2024年1-6月）2024年7月15日"), flat);
        assertTrue(flat.contains("2024年1-6月，全市重点项目2个，年度计划投资6.00亿元，累计完成投资3.50亿元，完成年度计划的58.3%，"
                + "超进度8.3个百分点（时间进度50.0%）。其中签约0个、开工1个、投产1个、达产0个。"), flat);
        assertTrue(flat.contains("与上期相比，1个项目状态发生变化，其中1个投产。"), flat);
        assertTrue(flat.contains("投产、达产项目1个，本年新增产值0.45亿元，其中本期新投产1个。"), flat);
        assertTrue(flat.contains("完成率低于时间进度（50.0%）的项目1个。"), flat);
        assertTrue(flat.contains("—1—"), "page numbers — N —");
    }

    @Test
    void regionsAndClustersAreTheirProjectsSummed() throws Exception {
        // name, projects, plan (亿元), invested (亿元), completion, ahead, behind, went into production
        assertPrinted("魏都区 1 2.00 2.00 100.0 +50.0 0 1", "禹州市 1 4.00 1.50 37.5 -12.5 1 0",
                "全市合计 2 6.00 3.50 58.3 +8.3 1 1");
        assertPrinted("装备制造 1 2.00 2.00 100.0 +50.0 0 1", "电力装备 1 4.00 1.50 37.5 -12.5 1 0");
        // One project per region and cluster here, so each row is also its mart rows.
        for (Map<String, Object> s : martRows("SELECT * FROM mart_project_summary WHERE year = 2024 AND period = 6")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(s.get("region_name") + " " + s.get("projects") + " ")
                    && l.contains(" " + ((BigDecimal) s.get("invested_yi")).toPlainString() + " "
                            + ((BigDecimal) s.get("completion_pct")).toPlainString() + " ")), s.toString());
        }
    }

    @Test
    void statusChangesProductionAndTheProjectsBehindAreListedAsTheirMartRows() throws Exception {
        Map<String, Object> started = martRow("XM2024001");
        Map<String, Object> producing = martRow("XM2024002");
        assertPrinted(producing.get("project_name") + " " + producing.get("region_name") + " "
                + producing.get("previous_status") + " " + producing.get("status") + " " + producing.get("new_output_yi"));
        assertPrinted(producing.get("project_name") + " " + producing.get("region_name") + " "
                + producing.get("cluster_name") + " " + producing.get("status") + " " + producing.get("new_output_yi"));
        assertPrinted(started.get("project_name") + " " + started.get("region_name") + " " + started.get("cluster_name")
                + " 4.00 " + started.get("invested_yi") + " " + started.get("completion_pct") + " " + started.get("ahead_pts"));
        // By hand:
        assertPrinted("许昌甲机械技改项目 魏都区 开工 投产 0.45", "许昌甲机械技改项目 魏都区 装备制造 投产 0.45",
                "禹州丙电气扩能项目 禹州市 电力装备 4.00 1.50 37.5 -12.5");
    }

    @Test
    void theSpreadsheetHoldsTheSameNumbersAsNumbers() throws Exception {
        List<List<XlsxCell>> rows = xlsxRows(files.get(1));
        List<XlsxCell> yuzhou = xlsxRow(rows, "禹州市");
        assertEquals(8, yuzhou.size(), yuzhou.toString());
        assertNumber("1", "#,##0", yuzhou.get(1));
        assertNumber("4.00", "#,##0.00", yuzhou.get(2));
        assertNumber("1.50", "#,##0.00", yuzhou.get(3));
        assertNumber("37.5", "#0.0", yuzhou.get(4));
        assertNumber("-12.5", "+#0.0;-#0.0", yuzhou.get(5));
        assertNumber("3.50", "#,##0.00", xlsxRow(rows, "全市合计").get(3));
        assertNumber("0.45", "#,##0.00", xlsxRow(rows, "许昌甲机械技改项目").get(4));
    }

    @Test
    void bothFacesAreEmbeddedAndNothingIsCutOrOffThePage() throws Exception {
        assertFontsEmbedded(files.get(0), "NotoSerifSC", "NotoSerifSC-Bold", "NotoSansSC");
        assertLaidOutWhole(print);
    }

    @Test
    void aPeriodWithoutChangesOrProjectsSaysSo() throws Exception {
        // 1-5月: no 1-4月 ledger, so no status is compared; XM2024001 12000 / 40000 = 30.0 < 41.7: behind.
        Edition may = new Edition(warehouse, CityProfile.defaultProfile(), new ReportingPeriod(2024, 5),
                LocalDate.of(2024, 6, 15));
        Document mayReport = new KeyProjects().compose(may);
        assertEquals("与上期相比，没有项目状态发生变化。", mayReport.parameters().get("ChangesText"));
        assertEquals("尚无投产、达产项目。", mayReport.parameters().get("ProductionText"));
        assertEquals("完成率低于时间进度（41.7%）的项目1个。", mayReport.parameters().get("BehindText"));
        assertLaidOutWhole(new ReportRenderer().fill(ReportKind.PROJECTS, may));

        Edition lastYear = new Edition(warehouse, CityProfile.defaultProfile(), new ReportingPeriod(2023, 6),
                LocalDate.of(2023, 7, 15));
        assertEquals("2023年1-6月，数据仓库中没有重点项目数据（mart_project_progress）。",
                new KeyProjects().compose(lastYear).parameters().get("Overview"));
        assertLaidOutWhole(new ReportRenderer().fill(ReportKind.PROJECTS, lastYear));
    }

    private static void assertPrinted(String... expected) {
        for (String line : expected) {
            assertTrue(lines.contains(line), line + " not among\n" + String.join("\n", lines));
        }
    }

    private static Map<String, Object> martRow(String projectId) throws Exception {
        return martRows("SELECT * FROM mart_project_progress WHERE year = 2024 AND period = 6 AND project_id = '"
                + projectId + "'").get(0);
    }

    private static List<Map<String, Object>> martRows(String sql) throws Exception {
        try (Statement statement = warehouse.connection().createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return Warehouse.rows(rs);
        }
    }
}
