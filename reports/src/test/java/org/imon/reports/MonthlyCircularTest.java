package org.imon.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.warehouse.PublishedFixture;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;
import org.imon.warehouse.profile.CityProfile;

/**
 * Renders the circular from the three-region fixture (figures worked out in the warehouse module's
 * fixtures/three_regions/README.md) and reads the PDF back as text.
 */
class MonthlyCircularTest {
    private static final ReportingPeriod JUNE = new ReportingPeriod(2024, 6);

    @TempDir
    static Path dir;
    static Warehouse warehouse;
    static Path pdf;
    static String text;

    @BeforeAll
    static void render() throws Exception {
        warehouse = Warehouse.openReadOnly(PublishedFixture.buildWarehouse("three_regions", dir));
        pdf = new ReportRenderer().render(ReportKind.CIRCULAR,
                new Edition(warehouse, CityProfile.defaultProfile(), JUNE, LocalDate.of(2024, 7, 15)),
                dir.resolve("reports"), EnumSet.of(ReportKind.Format.PDF)).get(0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        }
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void theRankingTableIsExactlyTheWarehouseRanking() throws Exception {
        List<List<String>> printed = tableRows();
        List<List<String>> queried = new ArrayList<>();
        for (Map<String, Object> r : MonthlyCircular.figures(warehouse, JUNE).regions()) {
            List<String> row = new ArrayList<>(List.of(r.get("rank_by_growth").toString(), (String) r.get("region_name"),
                    ((BigDecimal) r.get("value_yi")).setScale(2).toPlainString(),
                    ((BigDecimal) r.get("growth_pct")).setScale(1).toPlainString(),
                    ((BigDecimal) r.get("share_pct")).setScale(1).toPlainString(), (String) r.get("rank_change")));
            if (!((String) r.get("remark")).isEmpty()) {
                row.add((String) r.get("remark"));
            }
            queried.add(row);
        }
        assertEquals(queried, printed);
        assertEquals(List.of(
                List.of("1", "禹州市", "35.00", "18.6", "53.8", "↑1", "增速最高"),
                List.of("2", "经济技术开发区", "10.05", "14.2", "15.4", "↓1"),
                List.of("3", "魏都区", "20.00", "5.3", "30.7", "持平", "增速最低")), printed);
    }

    @Test
    void theSummaryStatesTheCitysFigures() {
        String flat = text.replaceAll("[\\s\u3000]+", "");
        assertTrue(flat.contains("许昌市规模以上工业经济运行情况通报"), flat);
        assertTrue(flat.contains("（2024年1-6月）"), flat);
        assertTrue(flat.contains("许昌市工业和信息化局2024年7月15日"), flat);
        assertTrue(flat.contains("2024年1-6月，全市规模以上工业企业5家，实现营业收入65.05亿元，同比增长13.5%"), flat);
        assertTrue(flat.contains("营业收入增速最高的是禹州市（同比增长18.6%），最低的是魏都区（同比增长5.3%）"), flat);
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font.getName().contains("NotoSerifSC"), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
            assertEquals(1, document.getNumberOfPages());
        }
    }

    @Test
    void growthPhrasesReadAsOfficialChinese() {
        assertEquals("同比增长5.3%", MonthlyCircular.growthPhrase(new BigDecimal("5.3")));
        assertEquals("同比下降2.0%", MonthlyCircular.growthPhrase(new BigDecimal("-2")));
        assertEquals("无可比数据", MonthlyCircular.growthPhrase(null));
    }

    /** The printed lines of the ranking table, split into cells. */
    private static List<List<String>> tableRows() {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\\R")) {
            List<String> cells = Arrays.asList(line.trim().split("\\s+"));
            if (cells.size() >= 6 && cells.get(0).matches("\\d+") && cells.get(2).matches("[\\d,]+\\.\\d{2}")) {
                rows.add(cells);
            }
        }
        assertFalse(rows.isEmpty(), text);
        return rows;
    }
}
