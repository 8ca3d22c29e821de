package org.imon.reports;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.JRGraphics2DExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleGraphics2DExporterOutput;
import net.sf.jasperreports.export.SimpleGraphics2DReportConfiguration;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;

import org.imon.reports.ReportKind.Format;
import org.imon.warehouse.ReportingPeriod;

/**
 * Fills a report once and writes it in each asked format: the PDF leaders read, the XLSX analysts
 * reuse (numbers stay numbers) and a picture of the first page for the documentation. Every report
 * gets the same document frame (公文版式): the red masthead of the issuing body, the title, the
 * period, the date, and "— N —" page numbers; see {@code reports/official.jrtx}.
 *
 * <p>Files are written under a temporary name and renamed, so a reader never sees half a file.
 * Templates are compiled at build time ({@link TemplateCompiler}); the renderer loads each once and
 * keeps it for its life.
 */
public final class ReportRenderer {
    /** The masthead subreport every template places at the top of its title band. */
    static final String MASTHEAD = "reports/masthead.jasper";
    /** The page-number subreport every template places in its page footer. */
    static final String PAGE_FOOTER = "reports/page_footer.jasper";
    private static final float PICTURE_ZOOM = 1.5f;

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /** Composes and fills the report: the print the exporters write and the tests inspect. */
    public JasperPrint fill(ReportKind kind, Edition edition) throws SQLException, IOException, JRException {
        Document document = kind.report().compose(edition);
        Map<String, Object> parameters = new HashMap<>(document.parameters());
        Map<String, Object> masthead = Map.of(
                "IssuingBody", edition.profile().issuingBody(),
                "Title", document.title(),
                "PeriodLabel", edition.period().label(),
                "IssueDate", Wording.date(edition.issued()));
        parameters.putAll(masthead);
        parameters.put("MastheadParameters", masthead);
        parameters.put("Masthead", compiled(MASTHEAD));
        parameters.put("PageFooter", compiled(PAGE_FOOTER));
        @SuppressWarnings({"unchecked", "rawtypes"})
        JasperPrint print = JasperFillManager.fillReport(compiled(document.template()), parameters,
                new JRMapCollectionDataSource((List) document.rows()));
        // In a spreadsheet the page numbers are noise, and the table header belongs once at the top.
        print.setProperty("net.sf.jasperreports.export.xls.exclude.origin.band.footer", "pageFooter");
        print.setProperty("net.sf.jasperreports.export.xls.exclude.origin.keep.first.band.header", "columnHeader");
        return print;
    }

    /** Renders one report to its files under {@code reportsDir} (see {@link ReportKind#file}); returns them. */
    public List<Path> render(ReportKind kind, Edition edition, Path reportsDir, Set<Format> formats)
            throws SQLException, IOException, JRException {
        return write(fill(kind, edition), kind, edition.period(), reportsDir, formats);
    }

    /** Writes a filled report to its files under {@code reportsDir}; returns them. */
    public List<Path> write(JasperPrint print, ReportKind kind, ReportingPeriod period, Path reportsDir,
            Set<Format> formats) throws IOException, JRException {
        List<Path> files = new ArrayList<>();
        byte[] pdf = JasperExportManager.exportReportToPdf(print);
        for (Format format : EnumSet.copyOf(formats)) {
            Path file = kind.file(reportsDir, period, format);
            switch (format) {
                case PDF -> writeAtomically(file, out -> out.write(pdf));
                case XLSX -> writeAtomically(file, out -> xlsx(print, kind, out));
                case PNG -> writeAtomically(file, out -> ImageIO.write(firstPage(print), "png", out));
            }
            files.add(file);
        }
        return files;
    }

    private static void xlsx(JasperPrint print, ReportKind kind, OutputStream out) throws IOException {
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        // A text field whose value is a number becomes a numeric cell in the field's pattern (0.00 stays 0.00).
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setRemoveEmptySpaceBetweenColumns(true);
        configuration.setWhitePageBackground(false);
        configuration.setIgnorePageMargins(true);
        configuration.setSheetNames(new String[] {kind.title()});
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IOException("无法导出 XLSX: " + e.getMessage(), e);
        }
    }

    /** The first page drawn by JasperReports itself, with the same embedded faces as the PDF. */
    private static BufferedImage firstPage(JasperPrint print) throws IOException {
        BufferedImage image = new BufferedImage(Math.round(print.getPageWidth() * PICTURE_ZOOM),
                Math.round(print.getPageHeight() * PICTURE_ZOOM), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        SimpleGraphics2DExporterOutput output = new SimpleGraphics2DExporterOutput();
        output.setGraphics2D(graphics);
        SimpleGraphics2DReportConfiguration configuration = new SimpleGraphics2DReportConfiguration();
        configuration.setPageIndex(0);
        configuration.setZoomRatio(PICTURE_ZOOM);
        try {
            JRGraphics2DExporter exporter = new JRGraphics2DExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(output);
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        } catch (JRException e) {
            throw new IOException("无法生成首页图片: " + e.getMessage(), e);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private JasperReport compiled(String template) throws IOException, JRException {
        JasperReport report = compiled.get(template);
        if (report == null) {
            try (InputStream jasper = ReportRenderer.class.getClassLoader().getResourceAsStream(template)) {
                if (jasper == null) {
                    throw new IOException("compiled report template not found on the class path: " + template
                            + " (the reports module's build compiles it, see TemplateCompiler)");
                }
                report = (JasperReport) JRLoader.loadObject(jasper);
            }
            compiled.put(template, report);
        }
        return report;
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Writing writing) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            writing.to(out);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
