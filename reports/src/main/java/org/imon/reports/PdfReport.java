package org.imon.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Renders a JRXML template from the class path into a PDF. The file is written under a temporary
 * name and renamed, so a reader never sees half a PDF.
 */
final class PdfReport {
    private PdfReport() {
    }

    static void render(String template, Map<String, Object> parameters, List<Map<String, Object>> rows, Path pdf)
            throws IOException, JRException {
        JasperReport report;
        try (InputStream jrxml = PdfReport.class.getClassLoader().getResourceAsStream(template)) {
            if (jrxml == null) {
                throw new IOException("report template not found: " + template);
            }
            report = JasperCompileManager.compileReport(jrxml);
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        JasperPrint print = JasperFillManager.fillReport(report, new HashMap<>(parameters),
                new JRMapCollectionDataSource((List) rows));
        Files.createDirectories(pdf.toAbsolutePath().getParent());
        Path partial = pdf.resolveSibling(pdf.getFileName() + ".partial");
        JasperExportManager.exportReportToPdfFile(print, partial.toString());
        Files.move(partial, pdf, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
