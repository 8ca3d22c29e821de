package org.imon.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.imon.warehouse.schema.TableSchema;
import org.imon.warehouse.sql.SqlTemplate;

/**
 * Writes a hand-made fixture ({@code fixtures/<name>/<table>.csv}) as a snapshot of published
 * Parquet tables, laid out and typed as the ETL writes them, without needing Spark. Tables without a
 * fixture file stay empty; a column the fixture file leaves out is NULL, as an optional column of a feed
 * is when the department's file lacks it.
 */
public final class PublishedFixture {
    private PublishedFixture() {
    }

    public static Path write(String fixture, Path publishedRoot) throws IOException, SQLException {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = duck.createStatement()) {
            for (TableSchema table : TableSchema.all()) {
                String fixtureCsv = "fixtures/" + fixture + "/" + table.name() + ".csv";
                if (!Resources.exists(fixtureCsv)) {
                    continue;
                }
                Path csv = Files.createTempFile(table.name(), ".csv");
                Files.writeString(csv, Resources.text(fixtureCsv),
                        StandardCharsets.UTF_8);
                String partitionBy = table.partitionColumns().isEmpty() ? ""
                        : ", PARTITION_BY (" + String.join(", ", table.partitionColumns()) + ")";
                Path target = publishedRoot.resolve(table.name());
                Files.createDirectories(target);
                if (table.partitionColumns().isEmpty()) {
                    target = target.resolve("part-0.parquet");
                }
                List<String> header = List.of(Resources.lines(fixtureCsv).get(0).strip().split(","));
                s.execute("COPY (SELECT " + table.sqlCastSelectList(header)
                        + " FROM read_csv(" + SqlTemplate.literal(csv.toString()) + ", header = true, all_varchar = true))"
                        + " TO " + SqlTemplate.literal(target.toString())
                        + " (FORMAT PARQUET" + partitionBy + ", OVERWRITE_OR_IGNORE)");
                Files.delete(csv);
            }
        }
        return publishedRoot;
    }

    /** Builds a warehouse from the fixture and returns its file. */
    public static Path buildWarehouse(String fixture, Path dir) throws IOException, SQLException {
        Path published = write(fixture, dir.resolve("published"));
        Path file = dir.resolve("warehouse.duckdb");
        new WarehouseBuilder(published, null).build(file);
        return file;
    }
}
