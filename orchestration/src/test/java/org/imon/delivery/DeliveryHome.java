package org.imon.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.imon.reports.Edition;
import org.imon.reports.ReportKind;
import org.imon.reports.ReportRenderer;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.ParquetFolders;
import org.imon.warehouse.PublishedFixture;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;
import org.imon.warehouse.profile.CityProfile;

/**
 * An imon home ready for delivery: the three-region fixture warehouse, the circular of 1-6月 2024
 * rendered from it as PDF, and two files written here where only their bytes matter (the circular's
 * XLSX and the projects report's PDF, which their engineers render elsewhere).
 *
 * <p>The Xuchang profile's recipients.csv then gives 7 messages: the circular to all 5 recipients,
 * the projects report to 张建国 and 刘芳.
 */
final class DeliveryHome {
    static final ReportingPeriod JUNE = new ReportingPeriod(2024, 6);
    static final int MESSAGES = 7;
    static final int CIRCULAR_RECIPIENTS = 5;
    static final byte[] CIRCULAR_XLSX = "PK\u0003\u0004 circular workbook bytes".getBytes();
    static final byte[] PROJECTS_PDF = "%PDF-1.7 projects report bytes".getBytes();
    private static Path template;

    private DeliveryHome() {
    }

    /** A fresh copy of the prepared home in {@code home}; the expensive part is done once per test run. */
    static Delivery.Paths create(Path home) throws Exception {
        copy(template(), home);
        return paths(home);
    }

    static Delivery.Paths paths(Path home) {
        return Delivery.Paths.of(new HomeLayout(home));
    }

    /** Renders the circular again with another date: the same figures, different bytes (a correction). */
    static void rerenderCircular(Path home) throws Exception {
        try (Warehouse warehouse = Warehouse.openReadOnly(new HomeLayout(home).warehouseFile())) {
            renderCircular(warehouse, LocalDate.of(2024, 7, 20), new HomeLayout(home).reports());
        }
    }

    private static void renderCircular(Warehouse warehouse, LocalDate issued, Path reportsDir) throws Exception {
        Edition edition = new Edition(warehouse, CityProfile.defaultProfile(), JUNE, issued);
        new ReportRenderer().render(ReportKind.CIRCULAR, edition, reportsDir, Set.of(ReportKind.Format.PDF));
    }

    static Path file(Path home, ReportKind kind, ReportKind.Format format) {
        return kind.file(new HomeLayout(home).reports(), JUNE, format);
    }

    private static synchronized Path template() throws Exception {
        if (template == null) {
            Path dir = Files.createTempDirectory("delivery-home");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    ParquetFolders.deleteRecursively(dir);
                } catch (IOException e) {
                    // A temporary folder left behind is harmless.
                }
            }));
            Path warehouseFile = PublishedFixture.buildWarehouse("three_regions", dir);
            try (Warehouse warehouse = Warehouse.openReadOnly(warehouseFile)) {
                renderCircular(warehouse, LocalDate.of(2024, 7, 15), new HomeLayout(dir).reports());
            }
            for (var file : Map.of(file(dir, ReportKind.CIRCULAR, ReportKind.Format.XLSX), CIRCULAR_XLSX,
                    file(dir, ReportKind.PROJECTS, ReportKind.Format.PDF), PROJECTS_PDF).entrySet()) {
                Files.write(file.getKey(), file.getValue());
            }
            template = dir;
        }
        return template;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
