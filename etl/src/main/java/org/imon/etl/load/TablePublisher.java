package org.imon.etl.load;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import org.imon.etl.snapshot.Snapshot;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.etl.spark.SparkSchemas;
import org.imon.warehouse.ParquetFolders;
import org.imon.warehouse.schema.TableSchema;

/**
 * Writes tables into a new snapshot. A partitioned table keeps every partition the load did not
 * touch as hard links to the current snapshot's files, and gets the touched ones written anew; an
 * unpartitioned table (a dimension) is written whole, or kept whole when its inputs did not change.
 * Row counts come from the Parquet footers, never from a Spark job.
 */
final class TablePublisher {
    private final SparkSession spark;
    private final SnapshotStore store;
    private final Path snapshotDir;

    TablePublisher(SparkSession spark, SnapshotStore store, Path snapshotDir) {
        this.spark = spark;
        this.store = store;
        this.snapshotDir = snapshotDir;
    }

    /**
     * @param rows    the rows of the touched partitions (any column order; extra columns are dropped)
     * @param touched partition paths such as {@code year=2024/period=6} that the rows replace; when a
     *                partitioned table has none, the rows are empty and nothing is written
     * @return the table's rows in the new snapshot
     */
    long publish(TableSchema table, Dataset<Row> rows, Set<String> touched) throws IOException {
        carryOverUntouched(table, touched);
        JobTimings.step(spark, "publish " + table.name());
        if (!table.partitionColumns().isEmpty() && touched.isEmpty()) {
            return ParquetRowCount.of(snapshotDir.resolve(table.name()));
        }
        Dataset<Row> typed = rows.select(table.columns().stream()
                .map(c -> col(c.name()).cast(SparkSchemas.of(table).apply(c.name()).dataType()).as(c.name()))
                .toArray(Column[]::new));
        String dir = snapshotDir.resolve(table.name()).toString();
        if (table.partitionColumns().isEmpty()) {
            typed.coalesce(1).write().mode(SaveMode.Overwrite).parquet(dir);
        } else {
            // One file per partition, sorted so that readers skip row groups. A single touched partition
            // (a night's new period) needs no shuffle to get there, and no job to run it.
            List<String> parts = table.partitionColumns();
            Column[] partitionColumns = parts.stream().map(p -> col(p)).toArray(Column[]::new);
            Column[] order = Stream.concat(parts.stream(), Stream.of(table.columnNames().get(parts.size())))
                    .map(c -> col(c)).toArray(Column[]::new);
            (touched.size() == 1 ? typed.coalesce(1) : typed.repartition(partitionColumns)).sortWithinPartitions(order)
                    .write().mode(SaveMode.Overwrite).option("partitionOverwriteMode", "dynamic")
                    .partitionBy(parts.toArray(String[]::new)).parquet(dir);
        }
        return ParquetRowCount.of(snapshotDir.resolve(table.name()));
    }

    /**
     * Publishes a partitioned table whose touched partitions are known to have no rows now: the
     * untouched ones are linked, and no Spark job runs to write nothing.
     */
    long publishEmpty(TableSchema table, Set<String> touched) throws IOException {
        carryOverUntouched(table, touched);
        Files.createDirectories(snapshotDir.resolve(table.name()));
        return ParquetRowCount.of(snapshotDir.resolve(table.name()));
    }

    private void carryOverUntouched(TableSchema table, Set<String> touched) throws IOException {
        for (String partition : currentPartitions(table)) {
            if (!touched.contains(partition)) {
                store.carryOver(snapshotDir, table.name() + "/" + partition);
            }
        }
    }

    /** Keeps an unpartitioned table exactly as the current snapshot has it (its files linked, not copied). */
    long keep(TableSchema table) throws IOException {
        store.carryOver(snapshotDir, table.name());
        return ParquetRowCount.of(snapshotDir.resolve(table.name()));
    }

    /** Whether the current snapshot has the table, so that it can be kept. */
    boolean hasCurrent(TableSchema table) {
        return store.current().map(s -> s.dir().resolve(table.name())).filter(Files::isDirectory)
                .isPresent();
    }

    /** The table as it now stands in the new snapshot. */
    Dataset<Row> read(TableSchema table) {
        Path dir = snapshotDir.resolve(table.name());
        if (!ParquetFolders.containsParquet(dir)) {
            return spark.createDataFrame(List.of(), SparkSchemas.of(table));
        }
        return spark.read().schema(SparkSchemas.of(table)).parquet(dir.toString());
    }

    /** The table as it stands in the current snapshot, if there is one. */
    Optional<Dataset<Row>> readCurrent(TableSchema table) {
        return store.current().map(s -> s.dir().resolve(table.name())).filter(ParquetFolders::containsParquet)
                .map(dir -> spark.read().schema(SparkSchemas.of(table)).parquet(dir.toString()));
    }

    /** Partition paths of the table in the current snapshot, e.g. {@code year=2024/period=6}. */
    List<String> currentPartitions(TableSchema table) throws IOException {
        Optional<Snapshot> current = store.current();
        if (current.isEmpty() || table.partitionColumns().isEmpty()) {
            return List.of();
        }
        Path dir = current.get().dir().resolve(table.name());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        int depth = table.partitionColumns().size();
        try (Stream<Path> paths = Files.walk(dir, depth)) {
            return paths.filter(p -> dir.relativize(p).getNameCount() == depth && Files.isDirectory(p))
                    .filter(p -> !dir.relativize(p).toString().isEmpty())
                    .map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
