package org.imon.reports;

import static org.imon.reports.ReportAssertions.assertFontsEmbedded;
import static org.imon.reports.ReportAssertions.assertLaidOutWhole;
import static org.imon.reports.ReportAssertions.assertNumber;
import static org.imon.reports.ReportAssertions.flat;
import static org.imon.reports.ReportAssertions.pdfText;
import static org.imon.reports.ReportAssertions.xlsxRow;
import static org.imon.reports.ReportAssertions.xlsxRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.imon.warehouse.PublishedFixture;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;
import org.imon.warehouse.profile.CityProfile;

/**
 * The clusters report on the three-region fixture, 2024 1-6月; every figure is worked out by hand in
 * the warehouse module's fixtures/three_regions/README.md ("Clusters").
 */
class ClusterProgressTest {
    private static final ReportingPeriod JUNE = new ReportingPeriod(2024, 6);

    @TempDir
    static Path dir;
    static Warehouse warehouse;
    static Edition june;
    static List<Path> files;
    static String text;

    @BeforeAll
    static void render() throws Exception {
        warehouse = Warehouse.openReadOnly(PublishedFixture.buildWarehouse("three_regions", dir));
        june = new Edition(warehouse, CityProfile.defaultProfile(), JUNE, LocalDate.of(2024, 7, 15));
        files = new ReportRenderer().render(ReportKind.CLUSTERS, june, dir.resolve("reports"),
                EnumSet.allOf(Format.class));
        text = pdfText(files.get(0));
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void filesAreNamedByTheCatalog() {
        assertEquals(List.of(dir.resolve("reports/2024-06/产业集群营收目标进度_2024年1-6月.pdf"),
                dir.resolve("reports/2024-06/产业集群营收目标进度_2024年1-6月.xlsx"),
                dir.resolve("reports/2024-06/产业集群营收目标进度_2024年1-6月.png")), files);
        files.forEach(f -> assertTrue(Files.isRegularFile(f), f.toString()));
    }

    @Test
    void printsText() throws Exception {
        System.out.println(text);
        Files.createDirectories(Path.of("/tmp/p9out"));
        for (Path f : files) {
            Files.copy(f, Path.of("/tmp/p9out").resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(files.get(0).toFile())) {
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(d).renderImageWithDPI(1, 80), "png", new java.io.File("/tmp/p9out/p2.png"));
        }
        for (var r : ReportAssertions.xlsxRows(files.get(1))) System.out.println(r);
        assertLaidOutWhole(new ReportRenderer().fill(ReportKind.CLUSTERS, june));
    }
}
