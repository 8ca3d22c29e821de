package org.imon.reports;

import static org.imon.reports.ReportAssertions.pdfText;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import net.sf.jasperreports.engine.JasperPrint;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.reports.ReportKind.Format;
import org.imon.warehouse.PublishedFixture;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;
import org.imon.warehouse.profile.CityProfile;

class MonthlyCircularTest {
    private static final ReportingPeriod JUNE = new ReportingPeriod(2024, 6);

    @TempDir
    static Path dir;
    static Warehouse warehouse;
    static List<Path> files;
    static String text;
    static JasperPrint print;

    @BeforeAll
    static void render() throws Exception {
        warehouse = Warehouse.openReadOnly(PublishedFixture.buildWarehouse("three_regions", dir));
        Edition june = new Edition(warehouse, CityProfile.defaultProfile(), JUNE, LocalDate.of(2024, 7, 15));
        ReportRenderer renderer = new ReportRenderer();
        files = renderer.render(ReportKind.CIRCULAR, june, Path.of("/tmp/circ9c"), EnumSet.allOf(Format.class));
        text = pdfText(files.get(0));
        print = renderer.fill(ReportKind.CIRCULAR, june);
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void smoke() {
        System.out.println(text);
    }
}
