package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.cli.CommandLineTest.Run;
import org.imon.warehouse.Warehouse;

/**
 * The whole pipeline through the command line, on a small sample city: sample → load (Spark) →
 * build (DuckDB) → report circular (JasperReports). The PDF's ranking must be the warehouse view's.
 */
class PipelineEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void theCircularPrintsTheWarehouseRanking() throws Exception {
        String home = dir.resolve("home").toString();
        assertSucceeds(CommandLineTest.imon("--home", home, "sample", "--enterprises", "150", "--from-year", "2023",
                "--until", "2024-06"));
        Run load = CommandLineTest.imon("--home", home, "load", "--master", "local[2]");
        assertSucceeds(load);
        assertTrue(load.out().contains("拒收 0 行、整文件拒收 0 个"), load.out());
        assertSucceeds(CommandLineTest.imon("--home", home, "build"));
        Run report = CommandLineTest.imon("--home", home, "report", "circular", "--period", "2024-06",
                "--date", "2024-07-10");
        assertSucceeds(report);

        Path pdf = dir.resolve("home/reports/2024-06/月度工业经济运行通报_2024年1-6月.pdf");
        assertTrue(report.out().contains(pdf.toAbsolutePath().toString()), report.out());
        List<List<String>> printed = printedRanking(pdf);
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
    }

    @Test
    void rerunningEveryStepGivesTheSameWarehouse() throws Exception {
        String home = dir.resolve("home").toString();
        String[][] steps = {
                {"--home", home, "sample", "--enterprises", "100", "--from-year", "2024", "--until", "2024-03"},
                {"--home", home, "load", "--master", "local[2]"},
                {"--home", home, "build"}};
        for (String[] step : steps) {
            assertSucceeds(CommandLineTest.imon(step));
        }
        String first = cityFigures(home);
        assertSucceeds(CommandLineTest.imon(steps[0]));
        assertEquals(99, CommandLineTest.imon(steps[1]).exitCode(), "the same files again: nothing new to load");
        assertEquals(99, CommandLineTest.imon(steps[2]).exitCode(), "the same snapshot: the warehouse is current");
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

    private static List<List<String>> printedRanking(Path pdf) throws Exception {
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\\R")) {
            List<String> cells = Arrays.asList(line.trim().split("\\s+"));
            if (cells.size() >= 6 && cells.get(0).matches("\\d+") && cells.get(2).matches("[\\d,]+\\.\\d{2}")) {
                rows.add(List.of(cells.get(0), cells.get(1), cells.get(2).replace(",", ""), cells.get(3)));
            }
        }
        return rows;
    }

    private static void assertSucceeds(Run run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }
}
