package org.imon.etl.load;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import org.imon.etl.feed.FeedColumn;
import org.imon.etl.feed.FeedSpec;
import org.imon.etl.landing.LandingFile;
import org.imon.etl.validate.Rejection;

/**
 * The staging layer: every row of the files a load reads, typed and checked, with its lineage (file,
 * line, the file's SHA-256, correction version, load id), written to {@code staging/<load id>/<feed>/}.
 * Rows that fail a check are not staged; they are returned as rejections for the quarantine.
 */
final class FeedStage {
    static final List<String> LINEAGE = List.of("year", "period", "source_file", "source_row", "version",
            "source_sha256", "load_id");

    /** What reading one file gave, besides its rows. */
    record FileCount(String file, long rowsRead, List<Rejection> rejections) implements Serializable {
    }

    /** What staging a feed produced. */
    record Staged(FeedSpec feed, Dataset<Row> rows, List<FileCount> files) {
        List<Rejection> rejections() {
            return files.stream().flatMap(f -> f.rejections().stream()).toList();
        }

        long rowsRead() {
            return files.stream().mapToLong(FileCount::rowsRead).sum();
        }

        int filesRead() {
            return files.size();
        }

        /** The same, as if the given files (landing-relative paths) had not been read. */
        Staged without(Set<String> left) {
            if (files.stream().noneMatch(f -> left.contains(f.file()))) {
                return this;
            }
            return new Staged(feed, rows.filter(not(col("source_file").isin(left.toArray()))),
                    files.stream().filter(f -> !left.contains(f.file())).toList());
        }
    }

    private FeedStage() {
    }

    static Staged stage(SparkSession spark, FeedSpec feed, List<LandingInventory.Entry> files, String profileId,
            String loadId, Path stagingDir) {
        StructType schema = schema(feed);
        JobTimings.step(spark, "stage " + feed.name());
        if (files.isEmpty()) {
            return new Staged(feed, spark.createDataFrame(List.of(), schema), List.of());
        }
        FeedReader reader = new FeedReader(feed, profileId);
        Map<String, String> sha = new HashMap<>();
        files.forEach(e -> sha.put(e.file().relative(), e.sha256()));
        List<LandingFile> landing = files.stream().map(LandingInventory.Entry::file).toList();
        List<String> columns = feed.columns().stream().map(FeedColumn::name).toList();

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<FeedReader.FileResult> results = jsc.parallelize(landing, landing.size()).map(reader::read)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            JavaRDD<Row> rows = results.flatMap(r -> r.rows().stream().map(row -> {
                List<Object> values = new ArrayList<>();
                columns.forEach(c -> values.add(row.values().get(c)));
                values.add(row.year());
                values.add(row.period());
                values.add(row.file());
                values.add((int) row.line());
                values.add(row.version());
                values.add(sha.get(row.file()));
                values.add(loadId);
                return RowFactory.create(values.toArray());
            }).iterator());
            String dir = stagingDir.resolve(feed.name()).toString();
            spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(dir);
            List<FileCount> counts = results.map(r -> new FileCount(r.file(), r.rowsRead(), r.rejections())).collect();
            return new Staged(feed, spark.read().schema(schema).parquet(dir), counts);
        } finally {
            results.unpersist();
        }
    }

    /** The staged schema: the feed's columns typed by their kind, then the lineage. */
    static StructType schema(FeedSpec feed) {
        StructType schema = new StructType();
        for (FeedColumn c : feed.columns()) {
            schema = schema.add(c.name(), type(c.kind()), true);
        }
        return schema.add("year", DataTypes.IntegerType, false)
                .add("period", DataTypes.IntegerType, false)
                .add("source_file", DataTypes.StringType, false)
                .add("source_row", DataTypes.IntegerType, false)
                .add("version", DataTypes.IntegerType, false)
                .add("source_sha256", DataTypes.StringType, false)
                .add("load_id", DataTypes.StringType, false);
    }

    private static DataType type(FeedColumn.Kind kind) {
        return switch (kind) {
            case AMOUNT, SIGNED_AMOUNT, NUMBER -> DataTypes.createDecimalType(18, 4);
            case COUNT -> DataTypes.IntegerType;
            default -> DataTypes.StringType;
        };
    }
}
