package org.imon.reports;

import static org.imon.reports.ReportAssertions.assertLaidOutWhole;
import static org.imon.reports.ReportAssertions.flat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.reports.ReportKind.Format;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;

/**
 * The circular's sentence on the quarterly 产能利用率 survey, closing 三、分行业, on the capacity fixture
 * (the warehouse module's fixtures/capacity_utilization/README.md works out every figure): 一季度 at
 * 1-3月 and still at 1-5月, 二季度 at 1-6月, nothing at 1-2月, read from the PDF.
 */
class CircularCapacityTest {
    @TempDir
    static Path dir;
    static Warehouse warehouse;

    @BeforeAll
    static void open() throws Exception {
        warehouse = ReportFixtures.open("capacity_utilization");
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    private static ReportFixtures.Rendered circular(int period) throws Exception {
        return ReportFixtures.render(warehouse, ReportKind.CIRCULAR, new ReportingPeriod(2024, period),
                LocalDate.of(2024, period + 1, 15), dir.resolve("reports"), EnumSet.of(Format.PDF));
    }

    @Test
    void theLatestQuarterOfTheYearIsSaidWithItsChangeOnTheSameQuarterLastYear() throws Exception {
        // README: 一季度 76.25 → 76.3 against 74.0 published: +2.3; 二季度 74.9 against 2023's loaded 77.9: −3.0.
        String march = flat(circular(3).text());
        assertTrue(march.contains("2024年一季度，全市工业产能利用率76.3%，比上年同期提高2.3个百分点。四、产业集群"), march);
        assertTrue(flat(circular(5).text()).contains("2024年一季度，全市工业产能利用率76.3%，比上年同期提高2.3个百分点。"));
        ReportFixtures.Rendered june = circular(6);
        String flat = flat(june.text());
        assertTrue(flat.contains("2024年二季度，全市工业产能利用率74.9%，比上年同期下降3.0个百分点。"), flat);
        assertLaidOutWhole(june.print());
    }

    @Test
    void beforeTheFirstQuarterEndsNothingIsSaid() throws Exception {
        assertFalse(flat(circular(2).text()).contains("产能利用率"));
    }
}
