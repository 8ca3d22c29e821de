package org.imon.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.imon.reports.ReportKind.Format;
import org.imon.warehouse.ParquetFolders;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;

/**
 * The monthly circular of one hand-made fixture, for the tests of its sections: register it as a
 * static field ({@code @RegisterExtension static final CircularFixture CIRCULAR = new CircularFixture("peer_ranking")})
 * and ask for a period's PDF. The fixture's warehouse is opened read-only before the class's tests
 * and closed after them; every circular is issued on the 15th of the month after its period.
 */
final class CircularFixture implements BeforeAllCallback, AfterAllCallback {
    private final String fixture;
    private Warehouse warehouse;
    private Path reportsDir;

    CircularFixture(String fixture) {
        this.fixture = fixture;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        warehouse = ReportFixtures.open(fixture);
        reportsDir = Files.createTempDirectory("circular-" + fixture);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        warehouse.close();
        ParquetFolders.deleteRecursively(reportsDir);
    }

    /** The fixture's warehouse, for tests that compare the printed figures with the marts'. */
    Warehouse warehouse() {
        return warehouse;
    }

    /** The circular of {@code year}'s period 1-{@code period}月, rendered to PDF and read back. */
    ReportFixtures.Rendered circular(int year, int period) throws Exception {
        ReportingPeriod reporting = new ReportingPeriod(year, period);
        LocalDate issued = LocalDate.of(year, period, 1).plusMonths(1).withDayOfMonth(15);
        return ReportFixtures.render(warehouse, ReportKind.CIRCULAR, reporting, issued, reportsDir, EnumSet.of(Format.PDF));
    }
}
