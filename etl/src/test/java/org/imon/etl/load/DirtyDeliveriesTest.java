package org.imon.etl.load;

import static org.imon.etl.load.LandingLoadTest.E1;
import static org.imon.etl.load.LandingLoadTest.E2;
import static org.imon.etl.load.LandingLoadTest.E3;
import static org.imon.etl.load.LandingLoadTest.HEADER;
import static org.imon.etl.load.LandingLoadTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.validate.RejectReason;
import org.imon.etl.validate.Rejection;

/**
 * A delivery as it really arrives: a workbook cut off half way, the owner file Excel leaves beside an
 * open workbook, a file that is not what its name says, tables far wider than any feed, a GB18030 file
 * cut in the middle of a character, misnamed folders, duplicates across two files, a misplaced
 * thousands separator and a year-to-date figure that fell. Each problem is set aside with a message
 * that points at the right thing, and every good row still loads.
 */
@Tag("slow")
class DirtyDeliveriesTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String GOOD_ROW = E1 + ",许昌甲机械有限公司,411002,3411,1,120,95,120,95,6,5\n";

    @TempDir
    Path home;

    @Test
    void aFileThatCannotBeReadIsRejectedAloneAndEverythingElseLoads() throws Exception {
        Path june = home.resolve("landing/enterprise_monthly/2024-06");
        write(june.resolve("规上工业企业主要指标_2024年1-6月.csv"), HEADER + GOOD_ROW, StandardCharsets.UTF_8);
        byte[] workbook = workbook(HEADER + E2 + ",禹州丙电气有限公司,411081,3821,1,300,250,300,250,18,15\n");
        Files.write(june.resolve("半截.xlsx"), Arrays.copyOf(workbook, workbook.length / 2));
        // What Excel writes beside an open workbook: the user's name, padded; not a workbook at all.
        Files.write(june.resolve("~$规上工业企业主要指标_2024年1-6月.xlsx"), "\u0005张三".getBytes(StandardCharsets.UTF_16LE));
        write(june.resolve("其实是文本.xlsx"), HEADER + GOOD_ROW, StandardCharsets.UTF_8);
        Files.write(june.resolve("空的.xlsx"), new byte[0]);
        write(june.resolve("宽表.csv"), wideTable(3_400), StandardCharsets.UTF_8);
        write(june.resolve("超宽表.csv"), wideTable(17_000), StandardCharsets.UTF_8);
        write(home.resolve("landing/region_indicators/2024-06/增速.csv"),
                "行政区划代码,地区名称,规模以上工业增加值增速\n411000,全市,7.2\n", StandardCharsets.UTF_8);

        LandingLoad.Result result = load();

        assertEquals("published", result.status());
        FeedLoadReport report = result.feed("enterprise_monthly");
        assertEquals(6, report.files(), "the owner file ~$… is not data and is not counted");
        assertEquals(1, report.rowsPublished());
        assertEquals(1, result.feed("region_indicators").rowsPublished(), "the other feeds load as well");
        Map<String, Rejection> byFile = report.rejections().stream()
                .collect(Collectors.toMap(r -> r.file().substring(r.file().lastIndexOf('/') + 1), r -> r));
        assertEquals(Map.of("半截.xlsx", RejectReason.UNREADABLE_FILE, "其实是文本.xlsx", RejectReason.UNREADABLE_FILE,
                "空的.xlsx", RejectReason.UNREADABLE_FILE, "宽表.csv", RejectReason.MISSING_COLUMNS,
                "超宽表.csv", RejectReason.MISSING_COLUMNS), byFile.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().reason())));
        assertEquals(5, report.filesRejected());
        assertTrue(byFile.get("半截.xlsx").message().startsWith("文件无法读取：文件不完整或已损坏"),
                byFile.get("半截.xlsx").message());
        assertTrue(byFile.get("其实是文本.xlsx").message().startsWith("文件无法读取：文件内容不是 Excel 工作簿"),
                byFile.get("其实是文本.xlsx").message());
        assertTrue(byFile.get("空的.xlsx").message().startsWith("文件无法读取：文件为空（0 字节）"),
                byFile.get("空的.xlsx").message());
        String wide = byFile.get("宽表.csv").message();
        assertTrue(wide.contains("实际为 指标0、指标1、") && wide.contains("…（共 3400 列）"), wide);
        assertTrue(wide.length() < 800, "one line an analyst can read, not 3,400 headers");
        assertTrue(byFile.get("超宽表.csv").message().contains("第 1 行超过 16384 列"), byFile.get("超宽表.csv").message());
        for (Rejection r : report.rejections()) {
            assertTrue(r.message().lines().count() == 1, r.message());
        }
    }

    @Test
    void everyMessagePointsAtTheRightThing() throws Exception {
        Path feed = home.resolve("landing/enterprise_monthly");
        // 1-5月 then 1-6月 of 甲: revenue rose from 100 to 120, output fell from 100 to 90.
        write(feed.resolve("2024-05/月报.csv"), HEADER + E1 + ",许昌甲机械有限公司,411002,3411,1,100,90,100,90,5,4\n",
                StandardCharsets.UTF_8);
        write(feed.resolve("2024-06/a.csv"), HEADER + E1 + ",许昌甲机械有限公司,411002,3411,1,90,95,120,95,6,5\n"
                + E3 + ",鄢陵丁食品有限公司,411024,1391,1,\"1,2345.6\",1,1,1,1,1\n", StandardCharsets.UTF_8);
        // 丙 in two files of the same folder and version: the second, in b.csv, is the duplicate.
        write(feed.resolve("2024-06/a_2.csv"), HEADER + E2 + ",禹州丙电气有限公司,411081,3821,1,300,250,300,250,18,15\n",
                StandardCharsets.UTF_8);
        write(feed.resolve("2024-06/b.csv"), HEADER + E2 + ",禹州丙电气有限公司,411081,3821,1,300,250,300,250,18,15\n",
                StandardCharsets.UTF_8);
        byte[] whole = (HEADER + E2 + ",禹州丙电气有限公司,411081,3821,1,300,250,300,250,18,15\n").getBytes(GB18030);
        byte[] cut = Arrays.copyOf(whole, whole.length + 1);
        cut[whole.length] = "许".getBytes(GB18030)[0];
        Files.createDirectories(feed.resolve("2024-07"));
        Files.write(feed.resolve("2024-07/截断.csv"), cut);
        write(feed.resolve("2019-13/月报.csv"), HEADER + GOOD_ROW, StandardCharsets.UTF_8);
        write(feed.resolve("2019-5/月报.csv"), HEADER + GOOD_ROW, StandardCharsets.UTF_8);
        write(feed.resolve("2019-01/月报.csv"), HEADER + GOOD_ROW, StandardCharsets.UTF_8);

        FeedLoadReport report = load().feed("enterprise_monthly");

        Rejection fell = only(report, RejectReason.YTD_DECREASED);
        assertEquals("工业总产值本年累计", fell.column(), "output fell; revenue rose");
        assertEquals("90", fell.value());
        assertEquals("本年累计值低于同一企业上一期的累计值：上一期为 100，本期为 90", fell.message());

        Rejection separator = only(report, RejectReason.NOT_A_NUMBER);
        assertEquals("工业总产值本年累计", separator.column());
        assertTrue(separator.message().contains("千分位分隔符位置不对"), separator.message());

        Rejection duplicate = only(report, RejectReason.DUPLICATE_ROW);
        assertEquals("enterprise_monthly/2024-06/b.csv", duplicate.file());
        assertEquals(2, duplicate.row());
        assertEquals("统一社会信用代码", duplicate.column());
        assertTrue(duplicate.message().contains("与 enterprise_monthly/2024-06/a_2.csv 第 2 行重复"), duplicate.message());

        // The whole GB18030 text decodes; the cut character starts at byte whole.length + 1 (1-based).
        Rejection truncated = only(report, RejectReason.UNDECODABLE_FILE);
        assertTrue(truncated.message().contains("按 GB18030 解码在第 " + (whole.length + 1) + " 字节处失败"),
                truncated.message() + " / " + whole.length);

        Map<String, String> periods = report.rejections().stream().filter(r -> r.reason() == RejectReason.BAD_PERIOD)
                .collect(Collectors.toMap(Rejection::file, Rejection::message));
        assertEquals(Map.of(
                "enterprise_monthly/2019-13/月报.csv",
                "目录名不是本数据项的报告期：月份 13 不存在：目录名应为 YYYY-MM，MM 为 02 至 12，实际为 2019-13",
                "enterprise_monthly/2019-5/月报.csv",
                "目录名不是本数据项的报告期：月份应写两位数，如 2019-05（MM 为 02 至 12），实际为 2019-5",
                "enterprise_monthly/2019-01/月报.csv",
                "目录名不是本数据项的报告期：1月不单独发布，年内第一期为1-2月，应放在 2019-02 目录，实际为 2019-01"), periods);
    }

    private LandingLoad.Result load() throws Exception {
        return LoadHomes.load(home, "dirty");
    }

    private static Rejection only(FeedLoadReport report, RejectReason reason) {
        List<Rejection> found = report.rejections().stream().filter(r -> r.reason() == reason).toList();
        assertEquals(1, found.size(), reason + ": " + found);
        return found.get(0);
    }

    /** A table in a layout the contract does not know: headers 指标0 … and one row of figures. */
    private static String wideTable(int columns) {
        return IntStream.range(0, columns).mapToObj(c -> "指标" + c).collect(Collectors.joining(",")) + "\n"
                + IntStream.range(0, columns).mapToObj(Integer::toString).collect(Collectors.joining(",")) + "\n";
    }

    /** A real .xlsx holding the CSV text's cells. */
    private static byte[] workbook(String csv) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet();
            List<String> lines = csv.lines().toList();
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",");
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
