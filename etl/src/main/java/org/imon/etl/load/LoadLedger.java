package org.imon.etl.load;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import org.imon.etl.feed.FeedSpec;
import org.imon.etl.snapshot.Snapshot;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.etl.spark.SparkSchemas;
import org.imon.warehouse.ParquetFolders;
import org.imon.warehouse.schema.TableSchema;

/**
 * The run ledger: every load, published, unchanged or failed, with its feeds' counts and every landing
 * file's SHA-256. It lives outside the snapshots ({@code ledger/<table>/<load id>/}), so rolling back
 * never loses it, and the warehouse loads it as {@code etl_load}, {@code etl_load_feed} and
 * {@code etl_load_file}.
 *
 * <p>An entry appears whole or not at all: it is written elsewhere and moved into place in one rename,
 * so a reader never meets a half-written file. The entry of a load that publishes a snapshot is written
 * into the snapshot itself ({@code _ledger/}) before the switch, and copied out after it; a kill in
 * between is mended by {@link #recover}, so a snapshot and its ledger entry never disagree.
 */
public final class LoadLedger {
    static final List<String> TABLES = List.of("etl_load", "etl_load_feed", "etl_load_file");
    /** Inside a snapshot: the ledger entry of the load that published it. */
    static final String IN_SNAPSHOT = "_ledger";
    /** Inside the ledger: entries being written or copied, not yet moved into place. */
    static final String INCOMING = "_incoming";

    private LoadLedger() {
    }

    /** What one load's entry says. */
    record Entry(String loadId, Instant started, String status, String snapshotId, String message,
            List<FeedLoadReport> feeds, LandingInventory inventory, Set<String> readFiles, Set<String> deferredFiles) {
    }

    /** Writes the entry of a load that published nothing straight into the ledger. */
    static void write(SparkSession spark, Path ledgerDir, Entry entry) throws IOException {
        Path incoming = ledgerDir.resolve(INCOMING).resolve(entry.loadId() + "-" + UUID.randomUUID());
        writeTables(spark, incoming, entry);
        moveIn(incoming, ledgerDir, entry.loadId());
    }

    /** Writes the entry of a load that publishes a snapshot into that snapshot, before it becomes current. */
    static void writeInto(SparkSession spark, Path snapshotDir, Entry entry) {
        writeTables(spark, snapshotDir.resolve(IN_SNAPSHOT), entry);
    }

    /**
     * Copies into the ledger the entry of every committed snapshot that the ledger lacks: a load killed
     * between its switch and the copy left it only in the snapshot. Only adds; safe to run any time.
     */
    public static void recover(Path snapshotsDir, Path ledgerDir) throws IOException {
        for (Snapshot snapshot : new SnapshotStore(snapshotsDir).list()) {
            Path inSnapshot = snapshot.dir().resolve(IN_SNAPSHOT);
            if (Files.isDirectory(inSnapshot) && !TABLES.stream().allMatch(t -> Files.isDirectory(
                    ledgerDir.resolve(t).resolve(snapshot.id())))) {
                Path incoming = ledgerDir.resolve(INCOMING).resolve(snapshot.id() + "-" + UUID.randomUUID());
                for (String table : TABLES) {
                    copy(inSnapshot.resolve(table), incoming.resolve(table));
                }
                moveIn(incoming, ledgerDir, snapshot.id());
            }
        }
    }

    /**
     * Removes what killed runs left in the ledger: entries still being written, and folders that a
     * load of an earlier version left half-written in place (Spark's {@code _temporary}, no
     * {@code _SUCCESS}).
     */
    static void removeLeftovers(Path ledgerDir) throws IOException {
        ParquetFolders.deleteRecursively(ledgerDir.resolve(INCOMING));
        for (String table : TABLES) {
            Path dir = ledgerDir.resolve(table);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                for (Path entry : entries.filter(Files::isDirectory).toList()) {
                    if (!Files.exists(entry.resolve("_SUCCESS"))) {
                        ParquetFolders.deleteRecursively(entry);
                    }
                }
            }
        }
    }

    private static void writeTables(SparkSession spark, Path dir, Entry entry) {
        Instant finished = Instant.now();
        BigDecimal seconds = BigDecimal.valueOf(Duration.between(entry.started(), finished).toMillis(), 3);
        String loadId = entry.loadId();
        append(spark, dir, "etl_load", List.of(RowFactory.create(loadId, utc(entry.started()), utc(finished),
                seconds, entry.status(), entry.snapshotId(), entry.message())));
        List<Row> feedRows = new ArrayList<>();
        for (FeedLoadReport f : entry.feeds()) {
            feedRows.add(RowFactory.create(loadId, f.feed(), f.files(), f.filesRead(), f.rowsRead(), f.rowsPublished(),
                    f.rowsSuperseded(), f.rowsRejected(), (int) f.filesRejected()));
        }
        append(spark, dir, "etl_load_feed", feedRows);
        List<Row> fileRows = new ArrayList<>();
        if (entry.inventory() != null) {
            for (String feed : FeedSpec.ALL) {
                for (LandingInventory.Entry e : entry.inventory().files(feed)) {
                    String file = e.file().relative();
                    String action = entry.deferredFiles().contains(file) ? "deferred"
                            : entry.readFiles().contains(file) ? "read" : "unchanged";
                    fileRows.add(RowFactory.create(loadId, feed, file, e.size(), e.sha256(), action));
                }
            }
        }
        append(spark, dir, "etl_load_file", fileRows);
    }

    private static void append(SparkSession spark, Path dir, String table, List<Row> rows) {
        JobTimings.step(spark, "ledger " + table);
        spark.createDataFrame(rows, SparkSchemas.of(TableSchema.load(table))).coalesce(1)
                .write().mode(SaveMode.Overwrite).parquet(dir.resolve(table).toString());
    }

    /** Moves each table of a complete entry to {@code ledger/<table>/<load id>}; one already there stays. */
    private static void moveIn(Path incoming, Path ledgerDir, String loadId) throws IOException {
        for (String table : TABLES) {
            Path target = ledgerDir.resolve(table).resolve(loadId);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                continue;
            }
            try {
                Files.move(incoming.resolve(table), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileSystemException e) {
                // Another run may have published the same entry first; then it is already in place.
                if (!Files.exists(target)) {
                    throw e;
                }
            }
        }
        ParquetFolders.deleteRecursively(incoming);
        try {
            Files.deleteIfExists(incoming.getParent());
        } catch (DirectoryNotEmptyException another) {
            // Another run's entry is on its way in.
        }
    }

    /** Hard-links (or copies) the files of one table's entry. */
    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(source.getFileName().toString());
                try {
                    Files.createLink(target, source);
                } catch (UnsupportedOperationException | FileSystemException e) {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
