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
 * The circular's sentence on 单位工业增加值能耗 under 一、总体运行, on the energy-intensity fixture (the
 * warehouse module's fixtures/energy_intensity/README.md works out every figure), read from the PDF:
 * 2020 1-6月 within a plan on 2016, and 2021 1-5月 on last year only.
 */
class CircularEnergyTest {
    @TempDir
    static Path dir;
    static Warehouse warehouse;

    @BeforeAll
    static void open() throws Exception {
        warehouse = ReportFixtures.open("energy_intensity");
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    private static ReportFixtures.Rendered circular(int year, int period) throws Exception {
        return ReportFixtures.render(warehouse, ReportKind.CIRCULAR, new ReportingPeriod(year, period),
                LocalDate.of(year, period + 1, 15), dir.resolve("reports"), EnumSet.of(Format.PDF));
    }

    @Test
    void withinThePlanTheChangeSinceTheBaseYearAndTheRegionWithTheLargestFall() throws Exception {
        ReportFixtures.Rendered june = circular(2020, 6);
        String flat = flat(june.text());
        // README, 2020 1-6月: 100.5 / 105 − 1 = −4.3%; since 2016 −18.975 → −19.0%; 魏都区 −4.7% first.
        assertTrue(flat.contains("全市规模以上工业综合能源消费量增长0.5%，单位工业增加值能耗下降4.3%，比2016年累计下降19.0%；"
                + "分县（市、区）看，魏都区降幅最大（下降4.7%）。"), flat);
        assertLaidOutWhole(june.print());
    }

    @Test
    void aYearOnLastYearHasNoCumulativeClause() throws Exception {
        String flat = flat(circular(2021, 5).text());
        // README, 2021 1-5月: energy 4.37 → 4.4; 104.37 / 107 − 1 = −2.458 → −2.5; no region published.
        assertTrue(flat.contains("全市规模以上工业综合能源消费量增长4.4%，单位工业增加值能耗下降2.5%。"), flat);
        assertFalse(flat.contains("累计下降"), flat);
    }
}
