package org.imon.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.charts.util.DrawChartRendererImpl;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every report test checks, on the real files: the PDF's text and fonts (PDFBox), the filled
 * print's elements (nothing truncated, nothing off the page, no character the font lacks), and the
 * XLSX's cells (POI).
 */
public final class ReportAssertions {
    /** The embedded faces by family and weight, as {@code fonts/fonts.xml} declares them. */
    private static final Map<String, String> FONT_FILES = Map.of(
            "Noto Serif SC", "fonts/NotoSerifSC-Regular.ttf",
            "Noto Serif SC/bold", "fonts/NotoSerifSC-Bold.ttf",
            "Noto Sans SC", "fonts/NotoSansSC-Regular.ttf");
    private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();

    private ReportAssertions() {
    }

    /** The PDF's text, lines in reading order (PDFBox, sorted by position). */
    public static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /** Text without any white space (ASCII or the ideographic space), for matching wrapped sentences. */
    public static String flat(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }

    /**
     * {@link #flat} without the page numbers ("— 2 —"), which the position-sorted text puts inside a
     * sentence that runs over a page break: for matching a section's words wherever the page breaks.
     */
    public static String flatBody(String text) {
        return flat(text).replaceAll("—\\d+—", "");
    }

    /** The number of pages of a PDF. */
    public static int pageCount(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /**
     * Every font in the PDF is embedded, and each of the given faces is among them (PostScript name
     * fragments such as {@code NotoSerifSC}, {@code NotoSansSC}). Returns the fonts' names.
     */
    public static Set<String> assertFontsEmbedded(Path pdf, String... faces) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded in " + pdf);
                    names.add(font.getName());
                }
            }
        }
        for (String face : faces) {
            assertTrue(names.stream().anyMatch(n -> n.contains(face)), face + " is not among " + names);
        }
        return names;
    }

    /**
     * Every text element of the filled report shows its whole text (JasperReports marks a text cut to
     * fit its box), every element lies within the page, and every character of every text has a glyph
     * in the face that prints it (no empty boxes, rare characters such as 鄢 included).
     */
    public static void assertLaidOutWhole(JasperPrint print) {
        List<String> problems = new ArrayList<>();
        for (int p = 0; p < print.getPages().size(); p++) {
            JRPrintPage page = print.getPages().get(p);
            check(page.getElements(), 0, 0, p + 1, print, problems);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    private static void check(List<JRPrintElement> elements, int offsetX, int offsetY, int page, JasperPrint print,
            List<String> problems) {
        for (JRPrintElement e : elements) {
            int x = offsetX + e.getX();
            int y = offsetY + e.getY();
            if (x < 0 || y < 0 || x + e.getWidth() > print.getPageWidth() || y + e.getHeight() > print.getPageHeight()) {
                problems.add("page " + page + ": element at (" + x + ", " + y + ") size " + e.getWidth() + "×"
                        + e.getHeight() + " is outside the page");
            }
            if (e instanceof JRPrintFrame frame) {
                check(frame.getElements(), x, y, page, print, problems);
            } else if (e instanceof JRPrintText text && text.getFullText() != null) {
                String full = text.getFullText();
                if (text.getTextTruncateIndex() != null || text.getTextTruncateSuffix() != null) {
                    problems.add("page " + page + ": text cut to fit its box: " + full);
                }
                Font font = font(text.getFontName(), text.isBold());
                int missing = font.canDisplayUpTo(full);
                if (missing >= 0) {
                    problems.add("page " + page + ": " + text.getFontName() + " has no glyph for '"
                            + full.charAt(missing) + "' in: " + full);
                }
            }
        }
    }

    /**
     * Every chart of the filled report draws its labels (categories, legend, markers) in a font that
     * has their glyphs: charts are drawn as shapes in the PDF, so their text cannot be read back, and
     * a font without Chinese glyphs would silently print boxes. Returns the labels checked.
     */
    public static List<String> assertChartLabelsDrawable(JasperPrint print) throws ReflectiveOperationException {
        List<String> labels = new ArrayList<>();
        for (JRPrintPage page : print.getPages()) {
            for (JRPrintElement e : page.getElements()) {
                if (e instanceof JRPrintImage image && image.getRenderer() instanceof DrawChartRendererImpl renderer) {
                    // The renderer keeps its chart private; the test reads it to see the fonts it draws with.
                    Field field = DrawChartRendererImpl.class.getDeclaredField("chart");
                    field.setAccessible(true);
                    JFreeChart chart = (JFreeChart) field.get(renderer);
                    CategoryPlot plot = chart.getCategoryPlot();
                    for (Object key : plot.getCategories()) {
                        labels.add(drawable(key.toString(), plot.getDomainAxis().getTickLabelFont()));
                    }
                    LegendItemCollection legend = plot.getLegendItems();
                    for (int i = 0; i < legend.getItemCount(); i++) {
                        labels.add(drawable(legend.get(i).getLabel(), chart.getLegend().getItemFont()));
                    }
                    // A chart without markers (a line chart) has no marker list at all.
                    Collection<?> markers = plot.getRangeMarkers(Layer.FOREGROUND);
                    for (Object marker : markers == null ? List.of() : markers) {
                        ValueMarker line = (ValueMarker) marker;
                        labels.add(drawable(line.getLabel(), line.getLabelFont()));
                    }
                }
            }
        }
        assertFalse(labels.isEmpty(), "no chart in the report");
        return labels;
    }

    private static String drawable(String label, Font font) {
        assertTrue(FONT_FILES.containsKey(font.getFamily()), label + " is drawn in " + font.getFamily()
                + ", not an embedded face");
        assertEquals(-1, font.canDisplayUpTo(label), font.getFamily() + " cannot draw " + label);
        return label;
    }

    /** The face that prints a text, loaded from the same TTF the PDF embeds. */
    static Font font(String family, boolean bold) {
        String key = bold && FONT_FILES.containsKey(family + "/bold") ? family + "/bold" : family;
        String file = FONT_FILES.get(key);
        if (file == null) {
            throw new AssertionError("text in a font the reports do not embed: " + family);
        }
        return FONTS.computeIfAbsent(file, ReportAssertions::load);
    }

    private static Font load(String resource) {
        try (InputStream in = ReportAssertions.class.getClassLoader().getResourceAsStream(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    /** One spreadsheet cell: a {@code Double} for a numeric cell, else its text; and its number format. */
    public record XlsxCell(Object value, String format) {
        public boolean numeric() {
            return value instanceof Double;
        }
    }

    /** The first sheet's non-empty rows, each as its non-blank cells left to right. */
    public static List<List<XlsxCell>> xlsxRows(Path xlsx) throws IOException {
        List<List<XlsxCell>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<XlsxCell> cells = new ArrayList<>();
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        cells.add(new XlsxCell(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString()));
                    } else if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                        cells.add(new XlsxCell(cell.getStringCellValue(), cell.getCellStyle().getDataFormatString()));
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
        } catch (InvalidFormatException e) {
            throw new IOException(xlsx + " is not an XLSX file", e);
        }
        return rows;
    }

    /** The XLSX row whose first cell is the given text, e.g. a cluster's name. */
    public static List<XlsxCell> xlsxRow(List<List<XlsxCell>> rows, String firstCell) {
        return rows.stream().filter(r -> firstCell.equals(r.get(0).value())).findFirst()
                .orElseThrow(() -> new AssertionError("no XLSX row starts with " + firstCell + ": " + rows));
    }

    /** A numeric cell holds exactly this number and shows it in this format. */
    public static void assertNumber(String expected, String format, XlsxCell cell) {
        assertTrue(cell.numeric(), "not a numeric cell: " + cell);
        assertEquals(new BigDecimal(expected).doubleValue(), (Double) cell.value(), 1e-9, cell.toString());
        assertEquals(format, cell.format(), cell.toString());
    }
}
