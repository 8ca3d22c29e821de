package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.cli.CommandLineTest.Run;
import org.imon.warehouse.Warehouse;

/**
 * The whole pipeline through the command line, on a small sample city: sample → load (Spark) →
 * build (DuckDB) → report all (JasperReports). The circular's ranking must be the warehouse view's,
 * and the clusters report must name every cluster of the mart.
 */
@Tag("slow")
class PipelineEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void theCircularPrintsTheWarehouseRanking() throws Exception {
        String home = SampleHome.copyTo(dir.resolve("home")).toString();
        assertTrue(SampleHome.load().out().contains("拒收 0 行、整文件拒收 0 个"), SampleHome.load().out());
        Run report = CommandLineTest.imon("--home", home, "report", "all", "--period", "2024-06",
                "--date", "2024-07-10");
        assertSucceeds(report);
        Path clusters = dir.resolve("home/reports/2024-06/产业集群营收目标进度_2024年1-6月.pdf");
        assertTrue(report.out().contains(clusters.toAbsolutePath().toString()), report.out());
        assertTrue(Files.isRegularFile(dir.resolve("home/reports/2024-06/产业集群营收目标进度_2024年1-6月.xlsx")));
        String clustersText = PdfText.of(clusters);

        // The year's first period (1-2月, no rank comparison) and the sample's first year render too.
        for (String period : new String[] {"2024-02", "2023-02"}) {
            assertSucceeds(CommandLineTest.imon("--home", home, "report", "circular", "--period", period));
        }

        Path pdf = dir.resolve("home/reports/2024-06/月度工业经济运行通报_2024年1-6月.pdf");
        assertTrue(report.out().contains(pdf.toAbsolutePath().toString()), report.out());
        List<List<String>> printed = PdfText.revenueRanking(pdf);
        List<List<String>> viewed = new ArrayList<>();
        try (Warehouse warehouse = Warehouse.openReadOnly(dir.resolve("home/warehouse.duckdb"));
                var statement = warehouse.connection().createStatement();
                var rs = statement.executeQuery("SELECT rank_by_growth, region_name, value_yi, growth_pct"
                        + " FROM mart_region_indicator WHERE year = 2024 AND period = 6 AND indicator = 'revenue'"
                        + " ORDER BY rank_by_growth, sort_order")) {
            for (Map<String, Object> r : Warehouse.rows(rs)) {
                viewed.add(List.of(r.get("rank_by_growth").toString(), (String) r.get("region_name"),
                        ((BigDecimal) r.get("value_yi")).setScale(2).toPlainString(),
                        ((BigDecimal) r.get("growth_pct")).setScale(1).toPlainString()));
            }
        }
        assertEquals(9, viewed.size(), "six counties and districts and three management zones");
        assertEquals(viewed, printed);
        try (Warehouse warehouse = Warehouse.openReadOnly(dir.resolve("home/warehouse.duckdb"));
                var statement = warehouse.connection().createStatement();
                var rs = statement.executeQuery("SELECT cluster_name, revenue_yi FROM mart_cluster_progress"
                        + " WHERE year = 2024 AND period = 6")) {
            List<Map<String, Object>> clusterRows = Warehouse.rows(rs);
            assertEquals(11, clusterRows.size(), "the profile's eleven clusters");
            for (Map<String, Object> r : clusterRows) {
                assertTrue(clustersText.replaceAll("\\s+", "").contains(r.get("cluster_name") + "产业集群实现营业收入"
                        + ((BigDecimal) r.get("revenue_yi")).toPlainString() + "亿元"), r + " not in\n" + clustersText);
                assertTrue(clustersText.contains(" " + ((BigDecimal) r.get("revenue_yi")).toPlainString() + " "),
                        r + " not in\n" + clustersText);
            }
        }
        // The year-over-year and key-enterprises reports of the sample city, and of its first period,
        // which has no earlier year and no earlier key list to compare with: they say so.
        String yoy = PdfText.of(dir.resolve("home/reports/2024-06/同比对比_2024年1-6月.pdf")).replaceAll("\\s+", "");
        assertTrue(yoy.contains("2023年同期") && yoy.contains("表二") && yoy.contains("表三"), yoy);
        String key = PdfText.of(dir.resolve("home/reports/2024-06/百户重点企业_2024年1-6月.pdf")).replaceAll("\\s+", "");
        assertTrue(key.contains("百户重点企业与2023年名单相比"), key);
        for (String name : new String[] {"yoy", "key-enterprises"}) {
            assertSucceeds(CommandLineTest.imon("--home", home, "report", name, "--period", "2023-02"));
        }
        String firstKey = PdfText.of(dir.resolve("home/reports/2023-02/百户重点企业_2023年1-2月.pdf")).replaceAll("\\s+", "");
        assertTrue(firstKey.contains("数据仓库中没有2022年名单，无法比较进出情况"), firstKey);
    }

    @Test
    void rerunningEveryStepGivesTheSameWarehouse() throws Exception {
        // Sampled, loaded and built once already (SampleHome); now every step again.
        String home = SampleHome.copyTo(dir.resolve("home")).toString();
        String first = cityFigures(home);
        assertSucceeds(CommandLineTest.imon(SampleHome.sampleCommand(home)));
        assertEquals(99, CommandLineTest.imon("--home", home, "load", "--master", "local[2]").exitCode(),
                "the same files again: nothing new to load");
        assertEquals(99, CommandLineTest.imon("--home", home, "build").exitCode(),
                "the same snapshot: the warehouse is current");
        assertSucceeds(CommandLineTest.imon("--home", home, "build", "--force"));
        assertEquals(first, cityFigures(home));
        assertTrue(first.contains("revenue"), first);
    }

    private static String cityFigures(String home) throws Exception {
        try (Warehouse warehouse = Warehouse.openReadOnly(Path.of(home, "warehouse.duckdb"));
                var statement = warehouse.connection().createStatement();
                var rs = statement.executeQuery("SELECT * FROM mart_city_indicator ORDER BY year, period, indicator")) {
            return Warehouse.rows(rs).toString();
        }
    }

    private static void assertSucceeds(Run run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }
}
