package org.imon.etl.landing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.warehouse.Resources;

/** The statistics data portal's exports become the benchmark feed's long rows. */
class NbsExportTest {
    @TempDir
    Path dir;

    @Test
    void aRegionByTimeExportOfTheRealPortal() throws Exception {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, Resources.text("reference/nbs_fsnd_export_地区生产总值_2006_2024.csv"), StandardCharsets.UTF_8);
        List<LandingTable.Line> rows = NbsExport.reshapeIfExport(
                LandingTable.read(new LandingFile(file.toString(), "benchmarks/2024/export.csv", 2024, 0, 0)));
        assertArrayEquals(new String[] {"期别", "地区", "指标", "单位", "本期累计", "上年同期可比", "公布增速"}, rows.get(0).cells());
        assertEquals(1 + 31 * 19, rows.size(), "31 provinces × 19 years; the footnotes are not data");
        assertArrayEquals(new String[] {"2024年", "北京市", "地区生产总值", "亿元", "49670.2", "", ""}, rows.get(1).cells());
        assertEquals(5, rows.get(1).number(), "北京市 is line 5 of the file");
        assertArrayEquals(new String[] {"2006年", "新疆维吾尔自治区", "地区生产总值", "亿元", "2984.5", "", ""},
                rows.get(rows.size() - 1).cells());
    }

    @Test
    void anIndicatorByTimeExportForOneArea() throws Exception {
        Path file = dir.resolve("indicators.csv");
        Files.writeString(file, "数据库：分省月度数据\n地区：河南省\n时间：最近2年\n指标,2024年,2023年\n"
                + "规模以上工业增加值增速(%),8.1,6.3\n工业用电量(亿千瓦时),,3200.5\n注：空白表示无数据。\n", StandardCharsets.UTF_8);
        List<LandingTable.Line> rows = NbsExport.reshapeIfExport(
                LandingTable.read(new LandingFile(file.toString(), "benchmarks/2024/indicators.csv", 2024, 0, 0)));
        assertEquals(4, rows.size());
        // A growth indicator's figure is a published growth rate, not a level.
        assertArrayEquals(new String[] {"2024年", "河南省", "规模以上工业增加值增速", "%", "", "", "8.1"}, rows.get(1).cells());
        assertArrayEquals(new String[] {"2023年", "河南省", "工业用电量", "亿千瓦时", "3200.5", "", ""}, rows.get(3).cells());
    }

    @Test
    void otherFilesAreLeftAsTheyAre() {
        List<LandingTable.Line> lines = List.of(new LandingTable.Line(1, new String[] {"期别", "地区"}));
        assertEquals(lines, NbsExport.reshapeIfExport(lines));
    }
}
