package org.imon.etl.load;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import org.imon.etl.feed.FeedColumn;
import org.imon.etl.feed.FeedSpec;
import org.imon.etl.landing.LandingFile;
import org.imon.etl.validate.Rejection;

/**
 * The staging layer: every row of the files a load reads, typed and checked, with its lineage (file,
 * line, the file's SHA-256, correction version, load id) and its precedence among the rows of the same
 * key ({@link Precedence}), written to {@code staging/<load id>/<feed>/}. Rows that fail a check are not
 * staged; they are returned as rejections for the quarantine.
 */
final class FeedStage {
    static final List<String> LINEAGE = List.of("year", "period", "source_file", "source_row", "version",
            "source_sha256", "load_id");

    /** Inside a load's staging folder: what each task learnt about its file besides the rows. */
    static final String COUNTS = "_files";
    /** System property: every staging task runs out of memory (for tests of how that is reported). */
    static final String OUT_OF_MEMORY_DRILL = "imon.load.drill.outOfMemory";

    /** What reading one file gave, besides its rows. */
    record FileCount(LandingFile file, long rowsRead, List<Rejection> rejections) implements Serializable {
        /** Leaves the count of the task's file, whole or not at all (written aside, then renamed). */
        static void write(Path dir, int index, FileCount count) throws IOException {
            Files.createDirectories(dir);
            Path partial = dir.resolve(index + "." + UUID.randomUUID() + ".partial");
            try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(partial))) {
                out.writeObject(count);
            }
            Files.move(partial, dir.resolve(index + ".ser"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }

        static FileCount read(Path dir, int index) throws IOException {
            try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(dir.resolve(index + ".ser")))) {
                return (FileCount) in.readObject();
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** What staging a feed produced: its rows ranked, and what each file gave. */
    record Staged(FeedSpec feed, Precedence.Outcome outcome, List<FileCount> files) {
        List<Rejection> rejections() {
            return files.stream().flatMap(f -> f.rejections().stream()).toList();
        }

        long rowsRead() {
            return files.stream().mapToLong(FileCount::rowsRead).sum();
        }

        int filesRead() {
            return files.size();
        }

        /**
         * Whether a correction (更正) can have replaced any row: only where one folder holds files of two
         * versions. Where none does, there is nothing to rank against and no Spark job is needed to learn it.
         */
        boolean hasCorrections() {
            Map<PeriodKey, Integer> versionOf = new HashMap<>();
            return files.stream().map(FileCount::file).anyMatch(f -> !versionOf
                    .computeIfAbsent(new PeriodKey(f.year(), f.period()), folder -> f.version()).equals(f.version()));
        }

        /**
         * The same, as if the given files (landing-relative paths) had not been read: the other rows
         * ranked again, into {@code dir}.
         */
        Staged without(Set<String> left, Path dir) {
            if (files.stream().noneMatch(f -> left.contains(f.file().relative()))) {
                return this;
            }
            Dataset<Row> rows = Precedence.unranked(outcome.ranked()).filter(not(col("source_file").isin(left.toArray())));
            return new Staged(feed, Precedence.rankInto(rows, feed, dir),
                    files.stream().filter(f -> !left.contains(f.file().relative())).toList());
        }
    }

    private FeedStage() {
    }

    /**
     * Stages and ranks the files in one pass: each file is one Spark task that reads and checks it and
     * streams its rows into the ranking, whose result is the feed's Parquet; what the task learnt
     * besides the rows (rows read, rejections) it leaves as a small file of its own under
     * {@code _files/<feed>/}, which the driver reads back. A retried task rewrites its file whole, so
     * nothing is counted twice (accumulators would be).
     */
    static Staged stage(SparkSession spark, FeedSpec feed, List<LandingInventory.Entry> files, String profileId,
            String loadId, Path stagingDir) throws IOException {
        StructType schema = schema(feed);
        JobTimings.step(spark, "stage and rank " + feed.name());
        if (files.isEmpty()) {
            return new Staged(feed, Precedence.none(spark.createDataFrame(List.of(), schema), feed), List.of());
        }
        FeedReader reader = new FeedReader(feed, profileId);
        Map<String, String> sha = new HashMap<>();
        files.forEach(e -> sha.put(e.file().relative(), e.sha256()));
        List<LandingFile> landing = files.stream().map(LandingInventory.Entry::file).toList();
        List<String> columns = feed.columns().stream().map(FeedColumn::name).toList();
        Path countsDir = stagingDir.resolve(COUNTS).resolve(feed.name());
        String counts = countsDir.toAbsolutePath().toString();

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // One file per partition: the partition's index is the file's place in the list.
        boolean drill = Boolean.getBoolean(OUT_OF_MEMORY_DRILL);
        JavaRDD<Row> rows = jsc.parallelize(landing, landing.size()).mapPartitions(one -> {
            if (drill) {
                exhaustMemory();
            }
            LandingFile file = one.next();
            FeedReader.FileResult result = reader.read(file);
            FileCount.write(Path.of(counts), TaskContext.getPartitionId(),
                    new FileCount(file, result.rowsRead(), result.rejections()));
            return result.rows().stream().map(row -> {
                Object[] values = new Object[columns.size() + LINEAGE.size()];
                int i = 0;
                for (String c : columns) {
                    values[i++] = row.values().get(c);
                }
                values[i++] = row.year();
                values[i++] = row.period();
                values[i++] = row.file();
                values[i++] = (int) row.line();
                values[i++] = row.version();
                values[i++] = sha.get(row.file());
                values[i] = loadId;
                return RowFactory.create(values);
            }).iterator();
        });
        Precedence.Outcome outcome;
        try {
            outcome = Precedence.rankInto(spark.createDataFrame(rows, schema), feed, stagingDir.resolve(feed.name()));
        } catch (Exception | OutOfMemoryError e) {
            // Exception, not RuntimeException: Spark throws its SparkException undeclared.
            if (LoadOutOfMemory.isCause(e)) {
                throw new LoadOutOfMemory("读取并校验 " + feed.name() + " 的 " + landing.size() + " 个文件", e);
            }
            throw e;
        }
        List<FileCount> perFile = new ArrayList<>();
        for (int i = 0; i < landing.size(); i++) {
            perFile.add(FileCount.read(countsDir, i));
        }
        return new Staged(feed, outcome, perFile);
    }

    /**
     * Fills the heap of the task that reads a file until the JVM gives up, as a file far too big for
     * the memory given would: how the tests show that running out of memory is reported as such.
     */
    private static void exhaustMemory() {
        List<long[]> hog = new ArrayList<>();
        while (true) {
            hog.add(new long[1 << 20]);
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
            case AMOUNT, SIGNED_AMOUNT, NUMBER, SHARE, PUBLISHED_NUMBER -> DataTypes.createDecimalType(18, 4);
            case COUNT, SEI_CATEGORY -> DataTypes.IntegerType;
            default -> DataTypes.StringType;
        };
    }
}
