package org.imon.reports;

import static org.imon.reports.ReportAssertions.assertChartLabelsDrawable;
import static org.imon.reports.ReportAssertions.assertFontsEmbedded;
import static org.imon.reports.ReportAssertions.assertLaidOutWhole;
import static org.imon.reports.ReportAssertions.assertNumber;
import static org.imon.reports.ReportAssertions.flat;
import static org.imon.reports.ReportAssertions.xlsxRow;
import static org.imon.reports.ReportAssertions.xlsxRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

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
 * The circular on the three-region fixture, 2024 1-6月: every section, every ranking and the 附表
 * against the mart rows ({@link CircularTables}), and the figures worked out by hand in the warehouse
 * module's fixtures/three_regions/README.md.
 */
class MonthlyCircularTest {
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
        ReportFixtures.Rendered june = ReportFixtures.render(warehouse, ReportKind.CIRCULAR, JUNE,
                LocalDate.of(2024, 7, 15), dir.resolve("reports"), EnumSet.allOf(Format.class));
        files = june.files();
        text = june.text();
        print = june.print();
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void filesAreNamedByTheCatalog() {
        assertEquals(List.of(dir.resolve("reports/2024-06/月度工业经济运行通报_2024年1-6月.pdf"),
                dir.resolve("reports/2024-06/月度工业经济运行通报_2024年1-6月.xlsx"),
                dir.resolve("reports/2024-06/月度工业经济运行通报_2024年1-6月.png")), files);
        files.forEach(f -> assertTrue(Files.isRegularFile(f), f.toString()));
    }

    @Test
    void everyRankingIsExactlyTheMartRows() throws Exception {
        assertEquals(CircularTables.martRankings(warehouse, JUNE), CircularTables.printedRankings(text));
        // By hand (README, "2024 1-6月, revenue" and "1-5月"): 禹州市 moves up one, the zone down one.
        List<List<String>> revenue = CircularTables.printedRankings(text).get("营业收入");
        assertEquals(List.of(
                List.of("居第1位", "禹州市", "35.00", "18.6", "前移1位", "增速最高"),
                List.of("居第2位", "经济技术开发区", "10.05", "14.2", "后移1位"),
                List.of("居第3位", "魏都区", "20.00", "5.3", "与上月持平", "增速最低")), revenue);
        // The region feeds have no 1-5月 in the fixture: no previous rank, so no comparison.
        assertEquals(List.of(
                List.of("居第1位", "经济技术开发区", "500", "25.0", "无可比数据", "增速最高"),
                List.of("居第2位", "魏都区", "1,000", "11.1", "无可比数据"),
                List.of("居第3位", "禹州市", "2,000", "5.3", "无可比数据", "增速最低")),
                CircularTables.printedRankings(text).get("工业用电量"));
        assertEquals(List.of("居第1位", "禹州市", "9.0", "无可比数据", "增速最高"),
                CircularTables.printedRankings(text).get("规模以上工业增加值").get(0));
    }

    @Test
    void theAnnexTableIsExactlyTheMartRows() throws Exception {
        List<List<String>> annex = CircularTables.printedMatrix(text);
        assertEquals(CircularTables.martMatrix(warehouse, JUNE), annex);
        // By hand (README): revenue 65.05 / 13.5, electricity 3,500 / 9.4, VAT 720万元 = 0.07亿 / 12.5.
        assertEquals(List.of("全市", "7.8", "65.05", "13.5", "3.21", "15.9", "3,500", "9.4", "0.07", "12.5"),
                annex.get(annex.size() - 1));
    }

    @Test
    void theSectionsWordTheCitysFigures() {
        String flat = flat(text);
        assertTrue(flat.contains("许昌市工业和信息化局许昌市规模以上工业经济运行情况通报（2024年1-6月）2024年7月15日"), flat);
        // 一: value added 7.8 beside the province's 7.2; no peer city has a value-added figure, so no rank.
        assertTrue(flat.contains("一、总体运行2024年1-6月，全市规模以上工业增加值增长7.8%（全省增长7.2%）。"
                + "全市5家规模以上工业企业实现营业收入65.05亿元，增长13.5%；完成工业总产值68.25亿元，增长13.4%；"
                + "实现利润总额3.21亿元，增长15.9%；营业收入利润率4.9%。"
                + "在有上年同期数据的4个行业大类中，3个产值增长，增长面75.0%。"), flat);
        assertTrue(flat.contains("营业收入：禹州市增速最高（增长18.6%），魏都区增速最低（增长5.3%）。"), flat);
        assertTrue(flat.contains("工业增值税：禹州市增速最高（增长20.0%），经济技术开发区增速最低（增长0.0%）。"), flat);
        assertTrue(flat.contains("三、分行业重点监测行业中，非金属矿物制品业完成产值5.25亿元，增长11.1%，"
                + "占全市规上工业产值的7.7%，拉动全市产值增长0.9个百分点。"), flat);
        assertTrue(flat.contains("四、产业集群全市4个产业集群中，1个已完成全年目标；4个超时间进度（50.0%），0个欠进度。"), flat);
        assertTrue(flat.contains("五、重点企业百户重点企业（2家）完成工业总产值42.00亿元，增长18.3%，"
                + "占全市规上工业产值的61.5%，拉动全市产值增长10.8个百分点。"), flat);
        assertTrue(flat.contains("六、重点项目全市2个重点项目本年累计完成投资3.50亿元，占年度计划投资（6.00亿元）的58.3%；"
                + "1个项目滞后于时间进度，1个项目本期投产。"), flat);
        assertTrue(flat.contains("七、企业问题办理情况本期暂无企业问题台账数据。八、与对标城市比较"), flat);
        for (String term : List.of("2000万元", "GB/T4754-2017", "可比价格", "同口径", "1月、2月数据合并为1-2月发布")) {
            assertTrue(flat.contains(term), "附注 explains " + term);
        }
        assertTrue(flat.contains("附表2024年1-6月各县（市、区）主要工业指标"), flat);
    }

    @Test
    void theSpreadsheetHoldsTheSameNumbersAsNumbers() throws Exception {
        List<List<XlsxCell>> rows = xlsxRows(files.get(1));
        List<XlsxCell> first = rows.stream().filter(r -> "居第1位".equals(r.get(0).value())
                && "禹州市".equals(r.get(1).value()) && r.size() == 6).findFirst().orElseThrow();
        assertNumber("35.00", "#,##0.00", first.get(2));
        assertNumber("18.6", "#0.0", first.get(3));
        List<XlsxCell> city = xlsxRow(rows, "全市");
        assertEquals(10, city.size(), city.toString());
        assertNumber("7.8", "#0.0", city.get(1));
        assertNumber("65.05", "#,##0.00", city.get(2));
        assertNumber("3500", "#,##0", city.get(6));
        assertNumber("0.07", "#,##0.00", city.get(8));
        assertNumber("12.5", "#0.0", city.get(9));
    }

    @Test
    void bothFacesAreEmbeddedAndNothingIsCutOrOffThePage() throws Exception {
        assertFontsEmbedded(files.get(0), "NotoSerifSC", "NotoSerifSC-Bold", "NotoSansSC");
        assertLaidOutWhole(print);
        assertTrue(flat(text).contains("—1—") && flat(text).contains("—2—"), "page numbers — N —");
    }

    @Test
    void bothChartsAreLabelledInChinese() throws Exception {
        assertEquals(List.of("1-6月", "全市", "全省", "禹州市", "经济技术开发区", "魏都区", "营业收入（亿元）", "增速（%）"),
                assertChartLabelsDrawable(print));
    }

    @Test
    void growthIsWordedAtTheMartsDecimals() {
        assertEquals("下拉全市产值增速1.7个百分点", CircularText.pull(new BigDecimal("-1.7")));
        assertEquals("拉动全市产值增长0.9个百分点", CircularText.pull(new BigDecimal("0.9")));
    }
}
