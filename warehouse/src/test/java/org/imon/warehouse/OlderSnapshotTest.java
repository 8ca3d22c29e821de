package org.imon.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.warehouse.sql.SqlTemplate;

/**
 * A snapshot published before columns were added to a table still builds: fact_target's files written
 * without base_year and tolerance_value (as every load before the energy and capacity targets wrote
 * them) give the same warehouse as the same targets with those columns empty.
 */
class OlderSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void filesWithoutTheNewTargetColumnsBuildAsIfTheyWereEmpty() throws Exception {
        Path current = PublishedFixture.buildWarehouse("fixed_asset_investment", dir.resolve("current"));
        Path published = PublishedFixture.write("fixed_asset_investment", dir.resolve("older/published"));
        List<Path> targetFiles;
        try (Stream<Path> files = Files.walk(published.resolve("fact_target"))) {
            targetFiles = files.filter(f -> f.toString().endsWith(".parquet")).toList();
        }
        assertTrue(!targetFiles.isEmpty(), "the fixture has targets");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            for (Path file : targetFiles) {
                Path older = file.resolveSibling("older.parquet");
                s.execute("COPY (SELECT * EXCLUDE (base_year, tolerance_value) FROM read_parquet("
                        + SqlTemplate.literal(file.toString()) + ")) TO " + SqlTemplate.literal(older.toString())
                        + " (FORMAT PARQUET)");
                Files.move(older, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path older = dir.resolve("older/warehouse.duckdb");
        new WarehouseBuilder(published, null).build(older);

        assertEquals(IncrementalBuildTest.everyRelation(current), IncrementalBuildTest.everyRelation(older));
    }
}
