package org.imon.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;

import org.imon.reports.ReportKind.Format;
import org.imon.warehouse.ParquetFolders;
import org.imon.warehouse.PublishedFixture;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;
import org.imon.warehouse.profile.CityProfile;

/**
 * How every report test begins: a hand-made fixture's warehouse (built once per fixture and test run,
 * then opened read-only by each test class), the report filled once and written to its files, and
 * the PDF's text read back.
 */
final class ReportFixtures {
    private static final Map<String, Path> BUILT = new ConcurrentHashMap<>();

    /** One report as rendered: the print the files were written from, the files, the PDF's text. */
    record Rendered(JasperPrint print, List<Path> files, String text) {
    }

    private ReportFixtures() {
    }

    /** The fixture's warehouse, read-only; the caller closes it. */
    static Warehouse open(String fixture) throws IOException, SQLException {
        return Warehouse.openReadOnly(built(fixture));
    }

    /** The city's report for a period, issued on a date, written under {@code reportsDir}: PDF first. */
    static Rendered render(Warehouse warehouse, ReportKind kind, ReportingPeriod period, LocalDate issued,
            Path reportsDir, Set<Format> formats) throws SQLException, IOException, JRException {
        ReportRenderer renderer = new ReportRenderer();
        JasperPrint print = renderer.fill(kind, new Edition(warehouse, CityProfile.defaultProfile(), period, issued));
        List<Path> files = renderer.write(print, kind, period, reportsDir, formats);
        return new Rendered(print, files, ReportAssertions.pdfText(files.get(0)));
    }

    private static Path built(String fixture) {
        return BUILT.computeIfAbsent(fixture, name -> {
            try {
                Path dir = Files.createTempDirectory("fixture-" + name);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        ParquetFolders.deleteRecursively(dir);
                    } catch (IOException e) {
                        // A temporary folder left behind is harmless.
                    }
                }));
                return PublishedFixture.buildWarehouse(name, dir);
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("cannot build fixture " + name, e);
            }
        });
    }
}
