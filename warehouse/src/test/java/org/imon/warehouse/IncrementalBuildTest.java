package org.imon.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build over the previous night's warehouse reads only what changed, and ends with exactly the
 * warehouse a build from scratch makes: every table and every mart, row for row.
 */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    @Test
    void oneNewPeriodRefreshesItsPartitionsAndItsYearsMarts() throws Exception {
        Path published = PublishedFixture.write("three_regions", dir.resolve("published"));
        // The night before: the same snapshot without 2024 1-6月, its untouched files hard-linked as a load does.
        Path previous = linkedCopy(published, dir.resolve("previous"));
        for (String table : List.of("fact_enterprise_period", "fact_region_period", "fact_project_period")) {
            ParquetFolders.deleteRecursively(previous.resolve(table).resolve("year=2024").resolve("period=6"));
        }
        Path nightly = dir.resolve("nightly.duckdb");
        new WarehouseBuilder(previous, null).build(nightly);
        assertEquals("full", lastBuild(nightly).get("mode"));

        new WarehouseBuilder(published, null).build(nightly);
        Map<String, Object> last = lastBuild(nightly);
        assertEquals("incremental", last.get("mode"));
        assertEquals("2024,2025,2026,2027,2028", last.get("mart_years"),
                "2024's marts, 2025's that compare with 2024, and those into which energy per unit of value added"
                        + " chains 2024's value-added growth (fact_region_period's mart_reach)");
        int newPartitions = 0;
        for (String table : List.of("fact_enterprise_period", "fact_region_period", "fact_project_period")) {
            newPartitions += Files.isDirectory(published.resolve(table).resolve("year=2024/period=6")) ? 1 : 0;
        }
        assertEquals((long) newPartitions, last.get("changed_partitions"), "only the new period's partitions are read");

        Path scratch = dir.resolve("scratch.duckdb");
        new WarehouseBuilder(published, null).build(scratch);
        assertEquals(everyRelation(scratch), everyRelation(nightly));
    }

    @Test
    void aRemovedYearIsRemovedFromTablesAndMarts() throws Exception {
        Path published = PublishedFixture.write("three_regions", dir.resolve("published"));
        Path nightly = dir.resolve("nightly.duckdb");
        new WarehouseBuilder(published, null).build(nightly);
        ParquetFolders.deleteRecursively(published.resolve("fact_enterprise_period/year=2023"));
        new WarehouseBuilder(published, null).build(nightly);
        assertEquals("incremental", lastBuild(nightly).get("mode"));

        Path scratch = dir.resolve("scratch.duckdb");
        new WarehouseBuilder(published, null).build(scratch);
        assertEquals(everyRelation(scratch), everyRelation(nightly));
    }

    @Test
    void aBenchmarkRevisedInALaterFolderRefreshesTheYearItIsAbout() throws Exception {
        Path published = PublishedFixture.write("three_regions", dir.resolve("published"));
        Path nightly = dir.resolve("nightly.duckdb");
        new WarehouseBuilder(published, null).build(nightly);
        // The 2025 folder brings the bureau's revision of 河南省's 2024 1-6月 revenue: 10400 → 10500 亿元.
        Path revision = Files.createDirectories(published.resolve("fact_benchmark/year=2025")).resolve("revision.parquet");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duckdb.createStatement()) {
            s.execute("COPY (SELECT * REPLACE (10500 AS value_ytd, 'revision' AS source_file) FROM read_parquet('"
                    + published.resolve("fact_benchmark/year=2024") + "/*.parquet') WHERE source_row = 3) TO '"
                    + revision + "' (FORMAT PARQUET)");
        }
        new WarehouseBuilder(published, null).build(nightly);
        Map<String, Object> last = lastBuild(nightly);
        assertEquals("incremental", last.get("mode"));
        assertEquals("2024,2025,2026", last.get("mart_years"), "2024, the year the revised figure is about, and after");
        try (Warehouse w = Warehouse.openReadOnly(nightly); Statement s = w.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT value_ytd FROM mart_benchmark WHERE year = 2024 AND period = 6"
                        + " AND area = '河南省' AND indicator_name = '规模以上工业营业收入'")) {
            rs.next();
            assertEquals(0, new BigDecimal("10500").compareTo(rs.getBigDecimal(1)), "the later folder's figure");
        }

        Path scratch = dir.resolve("scratch.duckdb");
        new WarehouseBuilder(published, null).build(scratch);
        assertEquals(everyRelation(scratch), everyRelation(nightly));
    }

    /**
     * 2018's 1-12月 energy growth restated: energy per unit of value added since 2016 chains it into 2019 and
     * 2020 (fixtures/energy_intensity), so their marts are computed again, not only 2018's and 2019's.
     */
    @Test
    void anEarlierYearRestatedRefreshesTheYearsThatChainIt() throws Exception {
        Path published = PublishedFixture.write("energy_intensity", dir.resolve("published"));
        Path nightly = dir.resolve("nightly.duckdb");
        new WarehouseBuilder(published, null).build(nightly);
        Path year2018 = published.resolve("fact_energy_consumption/year=2018/period=12");
        Path restated = dir.resolve("restated.parquet");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duckdb.createStatement()) {
            s.execute("COPY (SELECT * REPLACE (CAST(0.5 AS DECIMAL(18, 4)) AS energy_growth_pct) FROM read_parquet('"
                    + year2018 + "/*.parquet')) TO '" + restated + "' (FORMAT PARQUET)");
        }
        ParquetFolders.deleteRecursively(year2018);
        Files.createDirectories(year2018);
        Files.move(restated, year2018.resolve("restated.parquet"));
        new WarehouseBuilder(published, null).build(nightly);
        Map<String, Object> last = lastBuild(nightly);
        assertEquals("incremental", last.get("mode"));
        assertEquals("2018,2019,2020,2021,2022", last.get("mart_years"));

        Path scratch = dir.resolve("scratch.duckdb");
        new WarehouseBuilder(published, null).build(scratch);
        assertEquals(everyRelation(scratch), everyRelation(nightly));
    }

    private static Path linkedCopy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createLink(target, path);
                }
            }
        }
        return to;
    }

    private static Map<String, Object> lastBuild(Path file) throws Exception {
        try (Warehouse w = Warehouse.openReadOnly(file); Statement s = w.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM build.last_build")) {
            return Warehouse.rows(rs).get(0);
        }
    }

    /** Every table and mart of the main schema, each as its sorted rows. */
    static Map<String, List<String>> everyRelation(Path file) throws Exception {
        Map<String, List<String>> relations = new LinkedHashMap<>();
        try (Warehouse w = Warehouse.openReadOnly(file); Statement s = w.connection().createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'"
                    + " UNION ALL SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal"
                    + " ORDER BY 1")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + name + " ORDER BY ALL")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            row.append(rs.getString(c)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                relations.put(name, rows);
            }
        }
        return relations;
    }
}
