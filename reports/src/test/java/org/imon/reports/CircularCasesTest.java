package org.imon.reports;

import static org.imon.reports.ReportAssertions.assertLaidOutWhole;
import static org.imon.reports.ReportAssertions.flat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.profile.CityProfile;

/**
 * The circular's ranking cases on the circular-cases fixture (ties, an indicator on which every
 * region falls, the year's first period); every figure is worked out by hand in the warehouse
 * module's fixtures/circular_cases/README.md.
 */
class CircularCasesTest {
    private static final ReportingPeriod MARCH = new ReportingPeriod(2024, 3);
    private static final ReportingPeriod FEBRUARY = new ReportingPeriod(2024, 2);

    @RegisterExtension
    static final CircularFixture CIRCULAR = new CircularFixture("circular_cases");

    static String march;
    static String february;
    static JasperPrint marchPrint;

    @BeforeAll
    static void render() throws Exception {
        ReportFixtures.Rendered marchReport = CIRCULAR.circular(2024, 3);
        march = marchReport.text();
        marchPrint = marchReport.print();
        february = CIRCULAR.circular(2024, 2).text();
    }

    @Test
    void rankingsAreTheMartRowsInBothPeriods() throws Exception {
        assertEquals(CircularTables.martRankings(CIRCULAR.warehouse(), MARCH), CircularTables.printedRankings(march));
        assertEquals(CircularTables.martRankings(CIRCULAR.warehouse(), FEBRUARY), CircularTables.printedRankings(february));
        assertEquals(CircularTables.martMatrix(CIRCULAR.warehouse(), MARCH), CircularTables.printedMatrix(march));
    }

    @Test
    void tiedRegionsShareTheirRankAndTheirMark() {
        Map<String, List<List<String>>> rankings = CircularTables.printedRankings(march);
        assertEquals(List.of(
                List.of("并列第1位", "魏都区", "11.00", "10.0", "前移2位", "增速最高"),
                List.of("并列第1位", "禹州市", "22.00", "10.0", "前移1位", "增速最高"),
                List.of("居第3位", "经济技术开发区", "10.50", "5.0", "后移2位", "增速最低")), rankings.get("营业收入"));
        assertEquals(List.of(
                List.of("并列第1位", "魏都区", "900", "12.5", "与上月持平", "增速最高"),
                List.of("并列第1位", "禹州市", "1,800", "12.5", "与上月持平", "增速最高"),
                List.of("并列第1位", "经济技术开发区", "450", "12.5", "前移2位", "增速最高")), rankings.get("工业用电量"));
        String flat = flat(march);
        assertTrue(flat.contains("营业收入：魏都区、禹州市并列增速最高（增长10.0%），经济技术开发区增速最低（增长5.0%）。"), flat);
        assertTrue(flat.contains("工业用电量：魏都区、禹州市、经济技术开发区并列增速最高（增长12.5%）。"), flat);
        assertTrue(flat.contains("增速在参与对标的3个省辖市中并列第2位"), flat);
    }

    @Test
    void whenEveryRegionFallsTheFirstIsTheSmallestFall() {
        Map<String, List<List<String>>> rankings = CircularTables.printedRankings(march);
        assertEquals(List.of(
                List.of("居第1位", "禹州市", "0.95", "-5.0", "与上月持平", "降幅最小"),
                List.of("居第2位", "魏都区", "0.45", "-10.0", "与上月持平"),
                List.of("居第3位", "经济技术开发区", "0.32", "-20.0", "与上月持平", "降幅最大")), rankings.get("利润总额"));
        String flat = flat(march);
        assertTrue(flat.contains("利润总额：禹州市降幅最小（下降5.0%），经济技术开发区降幅最大（下降20.0%）。"), flat);
        assertTrue(flat.contains("工业增值税：禹州市降幅最小（下降3.2%），经济技术开发区降幅最大（下降12.5%）。"), flat);
        assertFalse(flat.contains("禹州市增速最高（下降"), flat);
        assertTrue(flat.contains("2024年1-3月，全市规模以上工业增加值增长5.5%（全省增长5.2%，全国增长6.1%），"
                + "增速在参与对标的3个省辖市中并列第2位。全市3家规模以上工业企业实现营业收入43.50亿元，增长8.8%；"
                + "完成工业总产值43.80亿元，增长9.5%；实现利润总额1.72亿元，下降9.5%；营业收入利润率4.0%。"), flat);
    }

    @Test
    void theFirstPeriodOfTheYearMakesNoComparison() {
        Map<String, List<List<String>>> rankings = CircularTables.printedRankings(february);
        assertEquals(List.of(
                List.of("居第1位", "经济技术开发区", "6.60", "10.0", "无可比数据", "增速最高"),
                List.of("居第2位", "禹州市", "14.00", "7.7", "无可比数据"),
                List.of("居第3位", "魏都区", "7.00", "0.0", "无可比数据", "增速最低")), rankings.get("营业收入"));
        rankings.values().forEach(table -> table.forEach(row -> assertFalse(
                row.stream().anyMatch(cell -> cell.startsWith("前移") || cell.startsWith("后移") || cell.contains("持平")),
                row.toString())));
        String flat = flat(february);
        assertTrue(flat.contains("1-2月为年内首期，位次变化不作比较。"), flat);
        assertTrue(flat.contains("增速在参与对标的3个省辖市中居第2位"), flat);
    }

    @Test
    void sectionsWithoutDataSaySo() {
        String flat = flat(march);
        assertTrue(flat.contains("三、分行业本期暂无重点监测行业数据。"), flat);
        assertTrue(flat.contains("四、产业集群本期暂无产业集群数据。"), flat);
        assertTrue(flat.contains("五、重点企业本期暂无重点企业名单数据。"), flat);
        assertTrue(flat.contains("六、重点项目本期暂无重点项目数据。"), flat);
        assertLaidOutWhole(marchPrint);
    }

    @Test
    void aPeriodWithoutAnyDataIsWordedNotFailed() throws Exception {
        Document empty = new MonthlyCircular().compose(new Edition(CIRCULAR.warehouse(), CityProfile.defaultProfile(),
                new ReportingPeriod(2016, 5), LocalDate.of(2016, 6, 15)));
        assertEquals("2016年1-5月，本期暂无全市规模以上工业增加值增速数据。本期暂无规模以上工业企业月报数据。",
                empty.parameters().get("Overall"));
        assertEquals("本期暂无分县（市、区）数据。", empty.parameters().get("Regions"));
        assertEquals(List.of(Map.of("section", "ranking")), empty.rows(), "one ranking row without an indicator, so that 二 to 八 print");
    }
}
