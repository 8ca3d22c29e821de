package org.imon.reports;

import static org.imon.reports.ReportAssertions.assertLaidOutWhole;
import static org.imon.reports.ReportAssertions.flat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.reports.ReportKind.Format;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;

/**
 * The circular's sentence on the strategic emerging industries at the end of 三、分行业, on the
 * strategic_emerging fixture (the warehouse module's fixtures/strategic_emerging/README.md works out
 * every figure), read from the PDF; and no sentence where nothing counts as strategic emerging.
 */
class CircularEmergingTest {
    @TempDir
    static Path dir;

    private static String circular(String fixture, int period) throws Exception {
        try (Warehouse warehouse = ReportFixtures.open(fixture)) {
            ReportFixtures.Rendered rendered = ReportFixtures.render(warehouse, ReportKind.CIRCULAR,
                    new ReportingPeriod(2024, period), LocalDate.of(2024, period + 1, 15), dir.resolve(fixture),
                    EnumSet.of(Format.PDF));
            assertLaidOutWhole(rendered.print());
            return flat(rendered.text());
        }
    }

    @Test
    void theShareGrowthAndPullOfTheGroupAndItsLargestCategory() throws Exception {
        String flat = circular("strategic_emerging", 6);
        // README, 1-6月: 7000万元 = 0.70亿元, 7000 / 14000 = 50.0%, growth 27.3%, pull 13.0 points; output
        // growth 32.7%; 新能源产业 35.7%, the largest category.
        assertTrue(flat.contains("本期暂无重点监测行业数据。全市战略性新兴产业营业收入0.70亿元，占规上工业比重50.0%，"
                + "增长27.3%，拉动规上工业营业收入增长13.0个百分点；产值增长32.7%；其中新能源产业占比最高（35.7%）。"), flat);
    }

    @Test
    void nothingIsSaidWhereNoEnterpriseCounts() throws Exception {
        // The investment fixture has no register and its one enterprise (3411) is in no class mapped whole.
        assertFalse(circular("fixed_asset_investment", 6).contains("战略性新兴产业"));
    }
}
