package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.cli.CommandLineTest.Run;
import org.imon.warehouse.Warehouse;

/**
 * The 重点项目 and 双过半 reports through the command line on a small sample city (2023 to 2024-06):
 * 1-2月 (status against last December), 1-6月 (双过半), a progress view, and 2016, a year the warehouse
 * does not hold, which each report says in words. The opening counts are the marts'.
 */
@Tag("slow")
class ProjectsAndDoubleHalfOnTheSampleTest {
    @TempDir
    Path dir;

    @Test
    void bothReportsRenderForEveryKindOfPeriod() throws Exception {
        String home = SampleHome.copyTo(dir.resolve("home")).toString();
        for (String period : new String[] {"2024-02", "2024-06", "2023-11", "2016-06"}) {
            for (String report : new String[] {"projects", "double-half"}) {
                assertSucceeds(CommandLineTest.imon("--home", home, "report", report, "--period", period,
                        "--date", "2024-07-10", "--format", "pdf"));
            }
        }
        String half = flat(PdfText.of(dir.resolve("home/reports/2024-06/双过半_2024年1-6月.pdf")));
        String projects = flat(PdfText.of(dir.resolve("home/reports/2024-06/重点项目_2024年1-6月.pdf")));
        try (Warehouse warehouse = Warehouse.openReadOnly(dir.resolve("home/warehouse.duckdb"));
                var statement = warehouse.connection().createStatement();
                var rs = statement.executeQuery("SELECT count(*) AS targets, count(*) FILTER (WHERE double_half_met) AS met,"
                        + " (SELECT count(*) FROM mart_project_progress WHERE year = 2024 AND period = 6) AS projects"
                        + " FROM mart_target_tracking WHERE year = 2024 AND period = 6")) {
            Map<String, Object> counts = Warehouse.rows(rs).get(0);
            assertTrue(half.contains("全市" + counts.get("targets") + "项目标任务中，" + counts.get("met") + "项实现“双过半”"),
                    counts + " not in " + half);
            assertTrue(projects.contains("全市重点项目" + counts.get("projects") + "个"), counts + " not in " + projects);
        }
        assertTrue(flat(PdfText.of(dir.resolve("home/reports/2024-02/重点项目_2024年1-2月.pdf"))).contains("与上期相比"));
        assertTrue(flat(PdfText.of(dir.resolve("home/reports/2023-11/双过半_2023年1-11月.pdf"))).contains("目标任务进度情况"));
        assertTrue(flat(PdfText.of(dir.resolve("home/reports/2016-06/重点项目_2016年1-6月.pdf")))
                .contains("2016年1-6月，数据仓库中没有重点项目数据"));
        assertTrue(flat(PdfText.of(dir.resolve("home/reports/2016-06/双过半_2016年1-6月.pdf")))
                .contains("2016年1-6月，数据仓库中没有本年的目标任务"));
    }

    private static void assertSucceeds(Run run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    private static String flat(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }
}
