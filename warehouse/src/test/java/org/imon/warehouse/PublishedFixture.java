package org.imon.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.imon.warehouse.schema.TableSchema;
import org.imon.warehouse.sql.SqlTemplate;

/**
 * Writes a hand-made fixture ({@code fixtures/<name>/<table>.csv}) as a snapshot of published
 * Parquet tables, laid out and typed as the ETL writes them, without needing Spark. Tables without a
 * fixture file stay empty, and columns a fixture file lacks are NULL: a column added to a table (such as
 * fact_target's tolerance_value) needs no edit of the fixtures that have no use for it.
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
                String text = Resources.text(fixtureCsv);
                Path csv = Files.createTempFile(table.name(), ".csv");
                Files.writeString(csv, text, StandardCharsets.UTF_8);
                String partitionBy = table.partitionColumns().isEmpty() ? ""
                        : ", PARTITION_BY (" + String.join(", ", table.partitionColumns()) + ")";
                Path target = publishedRoot.resolve(table.name());
                Files.createDirectories(target);
                if (table.partitionColumns().isEmpty()) {
                    target = target.resolve("part-0.parquet");
                }
                s.execute("COPY (SELECT " + castSelectList(table, text.lines().findFirst().orElse(""))
                        + " FROM read_csv(" + SqlTemplate.literal(csv.toString()) + ", header = true, all_varchar = true))"
                        + " TO " + SqlTemplate.literal(target.toString())
                        + " (FORMAT PARQUET" + partitionBy + ", OVERWRITE_OR_IGNORE)");
                Files.delete(csv);
            }
        }
        return publishedRoot;
    }

    /** The table's columns cast to their types, NULL for those the fixture's header line lacks. */
    private static String castSelectList(TableSchema table, String headerLine) {
        List<String> header = Arrays.asList(headerLine.strip().split(","));
        return table.columns().stream()
                .map(c -> "CAST(" + (header.contains(c.name()) ? c.name() : "NULL") + " AS " + c.type().sql() + ") AS "
                        + c.name())
                .collect(Collectors.joining(",\n    "));
    }

    /** Builds a warehouse from the fixture and returns its file. */
    public static Path buildWarehouse(String fixture, Path dir) throws IOException, SQLException {
        Path published = write(fixture, dir.resolve("published"));
        Path file = dir.resolve("warehouse.duckdb");
        new WarehouseBuilder(published, null).build(file);
        return file;
    }
}
