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
 * The key-enterprises report on the key-enterprises fixture, 2024 1-6月; every figure is worked out by
 * hand in the warehouse module's fixtures/key_enterprises/README.md.
 */
class KeyEnterprisesTest {
    private static final ReportingPeriod JUNE = new ReportingPeriod(2024, 6);

    @TempDir
    static Path dir;
    static Warehouse warehouse;
    static List<Path> files;
    static String text;
    static JasperPrint print;

    @BeforeAll
    static void render() throws Exception {
        warehouse = ReportFixtures.open("key_enterprises");
        ReportFixtures.Rendered june = ReportFixtures.render(warehouse, ReportKind.KEY_ENTERPRISES, JUNE,
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
    void filesAreNamedByTheCatalog() {
        assertEquals(List.of(dir.resolve("reports/2024-06/百户重点企业_2024年1-6月.pdf"),
                dir.resolve("reports/2024-06/百户重点企业_2024年1-6月.xlsx")), files);
    }

    @Test
    void theGroupIsWordedAgainstItsFirstHalfTargets() {
        String flat = flat(text);
        assertTrue(flat.contains("许昌市工业和信息化局许昌市百户重点企业运行情况（2024年1-6月）2024年7月15日"), flat);
        assertTrue(flat.contains("2024年1-6月，百户重点企业（4家）完成工业总产值56.00亿元，增长12.0%，未达到12.5%的目标；"
                + "占规模以上工业总产值的比重为56.0%，达到53.0%的目标；拉动规模以上工业增长6.7个百分点，"
                + "达到0.5个百分点的目标；贡献率为60.0%。3项目标达到2项。"), flat);
        assertTrue(flat.contains("拖累增长的企业1家（表中标注“拖累”），下拉最多的是：鄢陵乙花木有限公司（下降10.0%，"
                + "下拉规模以上工业增长1.1个百分点）。"), flat);
        assertTrue(flat.contains("百户重点企业与2023年名单相比，新进入2家：许昌丙机械有限公司、鄢陵丁食品有限公司；"
                + "退出1家：许昌戊纺织有限公司。"), flat);
        assertFalse(flat.contains("双百企业"), "a list without targets is not this report's subject");
    }

    @Test
    void theTargetsTableIsTheMartRow() throws Exception {
        Map<String, Object> group = martRows("SELECT * FROM mart_key_group WHERE year = 2024 AND period = 6"
                + " AND list_code = 'key100'").get(0);
        List<String> lines = Arrays.asList(text.split("\\R"));
        assertTrue(lines.contains("产值增长（%） " + oneDecimal(group.get("growth_pct")) + " "
                + oneDecimal(group.get("target_growth_pct")) + " 未达到"), text);
        assertTrue(lines.contains("占规模以上工业比重（%） " + oneDecimal(group.get("share_pct")) + " "
                + oneDecimal(group.get("target_share_pct")) + " 达到"), text);
        assertTrue(lines.contains("拉动规模以上工业增长（百分点） " + oneDecimal(group.get("pull_pts")) + " "
                + oneDecimal(group.get("target_pull_pts")) + " 达到"), text);
        assertTrue(lines.contains("产值增长（%） 12.0 12.5 未达到"), text);
        assertTrue(lines.contains("占规模以上工业比重（%） 56.0 53.0 达到"), text);
        assertTrue(lines.contains("拉动规模以上工业增长（百分点） 6.7 0.5 达到"), text);
        // By hand (README): growth 60000 / 500000 = 12.0 < 12.5; share 560000 / 1000000 = 56.0 ≥ 53;
        // pull 60000 / 900000 = 6.7 ≥ 0.5.
    }

    @Test
    void theMembersAreRankedByPullWithTiesAndTheDraggerMarked() throws Exception {
        List<List<String>> printed = new ArrayList<>();
        for (String line : text.split("\\R")) {
            List<String> cells = Arrays.asList(line.trim().split("\\s+"));
            if (cells.size() >= 6 && cells.get(0).matches("(并列)?第\\d+位|居第\\d+位")) {
                printed.add(cells);
            }
        }
        List<List<String>> queried = new ArrayList<>();
        for (Map<String, Object> m : martRows("SELECT m.*, r.short_name FROM mart_key_group_member m"
                + " JOIN dim_region r USING (region_code) WHERE year = 2024 AND period = 6 AND list_code = 'key100'"
                + " ORDER BY pull_pts DESC, output_change DESC, credit_code")) {
            BigDecimal change = (BigDecimal) m.get("output_change");
            List<String> row = new ArrayList<>(List.of((String) m.get("enterprise_name"), (String) m.get("short_name"),
                    ((BigDecimal) m.get("output_ytd")).movePointLeft(4).setScale(2).toPlainString(),
                    m.get("growth_pct").toString(), m.get("pull_pts").toString()));
            if (change.signum() < 0) {
                row.add("拖累");
            }
            queried.add(row);
        }
        assertEquals(queried, printed.stream().map(r -> r.subList(1, r.size())).toList());
        // By hand (README): 甲 5.6 first; 丙 and 丁 both 1.1, tied second; 乙 −1.1 fourth, and it drags.
        assertEquals(List.of(
                List.of("居第1位", "许昌甲电气有限公司", "魏都区", "30.00", "20.0", "5.6"),
                List.of("并列第2位", "许昌丙机械有限公司", "魏都区", "6.00", "20.0", "1.1"),
                List.of("并列第2位", "鄢陵丁食品有限公司", "鄢陵县", "11.00", "10.0", "1.1"),
                List.of("居第4位", "鄢陵乙花木有限公司", "鄢陵县", "9.00", "-10.0", "-1.1", "拖累")), printed);
    }

    @Test
    void onlyTheThreeThatDragMostAreNamedAndAPullOfZeroIsNotWorded() {
        List<Map<String, Object>> members = List.of(
                member("甲", "-0.4", "0.0", 4, false), member("乙", "-9.0", "-0.3", 2, true),
                member("丙", "-12.0", "-0.5", 1, true), member("丁", "-0.2", "0.0", 3, true),
                member("戊", "5.0", "0.2", 5, false));
        assertEquals("拖累增长的企业4家（表中标注“拖累”），下拉最多的是：丙（下降12.0%，下拉规模以上工业增长0.5个百分点）；"
                + "乙（下降9.0%，下拉规模以上工业增长0.3个百分点）；丁（下降0.2%）。", KeyEnterprises.draggers(members));
    }

    private static Map<String, Object> member(String name, String growth, String pull, int dragRank, boolean named) {
        return Map.of("enterprise_name", name, "growth_pct", new BigDecimal(growth), "pull_pts", new BigDecimal(pull),
                "drag_rank", dragRank, "dragging", growth.startsWith("-"), "named_dragger", named);
    }

    @Test
    void theEntriesAndExitsAreListed() {
        List<String> lines = Arrays.asList(text.split("\\R"));
        assertTrue(lines.contains("新进入 许昌丙机械有限公司 91411002MA0000C003"), text);
        assertTrue(lines.contains("新进入 鄢陵丁食品有限公司 91411024MA0000D004"), text);
        assertTrue(lines.contains("退出 许昌戊纺织有限公司 91411002MA0000E005"), text);
    }

    @Test
    void theSpreadsheetHoldsTheSameNumbersAsNumbers() throws Exception {
        List<List<XlsxCell>> rows = xlsxRows(files.get(1));
        List<XlsxCell> first = xlsxRow(rows, "居第1位");
        assertEquals("许昌甲电气有限公司", first.get(1).value());
        assertNumber("30.00", "#,##0.00", first.get(3));
        assertNumber("20.0", "#0.0", first.get(4));
        assertNumber("5.6", "#0.0", first.get(5));
        List<XlsxCell> growth = xlsxRow(rows, "产值增长（%）");
        assertNumber("12.0", "#0.0", growth.get(1));
        assertNumber("12.5", "#0.0", growth.get(2));
        assertEquals("未达到", growth.get(3).value());
    }

    @Test
    void facesAreEmbeddedAndNothingIsCutOrOffThePage() throws Exception {
        assertFontsEmbedded(files.get(0), "NotoSerifSC", "NotoSerifSC-Bold", "NotoSansSC");
        assertLaidOutWhole(print);
    }

    @Test
    void aPeriodWithoutTheListSaysSo() throws Exception {
        Edition june2023 = new Edition(warehouse, CityProfile.defaultProfile(), new ReportingPeriod(2023, 6),
                LocalDate.of(2023, 7, 15));
        JasperPrint empty = new ReportRenderer().fill(ReportKind.KEY_ENTERPRISES, june2023);
        assertLaidOutWhole(empty);
        Document document = new KeyEnterprises().compose(june2023);
        assertEquals("2023年1-6月，数据仓库中没有设定目标的重点企业名单数据。", document.parameters().get("Overview"));
        assertEquals("百户重点企业：数据仓库中没有2022年名单，无法比较进出情况。", document.parameters().get("Changes"));
    }

    /** A mart figure as the report prints it: padded to one decimal, never rounded. */
    private static String oneDecimal(Object figure) {
        return ((BigDecimal) figure).setScale(1, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static List<Map<String, Object>> martRows(String sql) throws Exception {
        try (Statement statement = warehouse.connection().createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return Warehouse.rows(rs);
        }
    }
}
