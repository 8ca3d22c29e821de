package org.imon.etl.load;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import org.imon.etl.feed.FeedSpec;
import org.imon.etl.spark.SparkSchemas;
import org.imon.warehouse.schema.TableSchema;

/**
 * The run ledger: every load, published, unchanged or failed, with its feeds' counts and every landing
 * file's SHA-256. It lives outside the snapshots ({@code ledger/<table>/<load id>/}), so rolling back
 * never loses it, and the warehouse loads it as {@code etl_load}, {@code etl_load_feed} and
 * {@code etl_load_file}.
 */
final class LoadLedger {
    private LoadLedger() {
    }

    static void write(SparkSession spark, Path ledgerDir, String loadId, Instant started, String status,
            String snapshotId, String message, List<FeedLoadReport> feeds, LandingInventory inventory,
            Set<String> readFiles) {
        Instant finished = Instant.now();
        BigDecimal seconds = BigDecimal.valueOf(Duration.between(started, finished).toMillis(), 3);
        append(spark, ledgerDir, "etl_load", loadId, List.of(RowFactory.create(loadId, utc(started), utc(finished),
                seconds, status, snapshotId, message)));
        List<Row> feedRows = new ArrayList<>();
        for (FeedLoadReport f : feeds) {
            feedRows.add(RowFactory.create(loadId, f.feed(), f.files(), f.filesRead(), f.rowsRead(), f.rowsPublished(),
                    f.rowsSuperseded(), f.rowsRejected(), (int) f.filesRejected()));
        }
        append(spark, ledgerDir, "etl_load_feed", loadId, feedRows);
        List<Row> fileRows = new ArrayList<>();
        if (inventory != null) {
            for (String feed : FeedSpec.ALL) {
                for (LandingInventory.Entry e : inventory.files(feed)) {
                    fileRows.add(RowFactory.create(loadId, feed, e.file().relative(), e.size(), e.sha256(),
                            readFiles.contains(e.file().relative()) ? "read" : "unchanged"));
                }
            }
        }
        append(spark, ledgerDir, "etl_load_file", loadId, fileRows);
    }

    private static void append(SparkSession spark, Path ledgerDir, String table, String loadId, List<Row> rows) {
        spark.createDataFrame(rows, SparkSchemas.of(TableSchema.load(table))).coalesce(1)
                .write().mode(SaveMode.Overwrite).parquet(ledgerDir.resolve(table).resolve(loadId).toString());
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
