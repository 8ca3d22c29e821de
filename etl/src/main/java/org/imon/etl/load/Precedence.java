package org.imon.etl.load;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import org.imon.etl.feed.FeedSpec;

/**
 * Which staged row stands for each key of a folder. The highest correction (更正) wins and the rows
 * it replaces become history; two rows with the same key in the same version are a duplicate, and
 * the later one (by file, then line) is set aside.
 */
final class Precedence {

    /**
     * The winning rows and the replaced rows with the winner that replaced them (both filters of
     * {@code ranked}, every staged row with its rank), and their tally.
     */
    record Outcome(Dataset<Row> ranked, Dataset<Row> winners, Dataset<Row> superseded, Tally tally) {
        private static Outcome of(Dataset<Row> ranked, Tally tally) {
            return new Outcome(ranked, ranked.filter(WINS), ranked.filter(REPLACED), tally);
        }
    }

    /**
     * Row counts of an outcome, and its duplicates: each with its {@code source_file}, {@code source_row},
     * {@code record_key} and the row it repeats, {@code _winner_file} and {@code _winner_row}.
     */
    record Tally(long winners, long superseded, List<Row> duplicates) {
        static final Tally NONE = new Tally(0, 0, List.of());
    }

    private static final Column WINS = col("_rank").equalTo(1);
    private static final Column REPLACED = col("version").lt(col("_top_version"));
    private static final Column DUPLICATE = col("_rank").gt(1).and(col("version").equalTo(col("_top_version")));
    private static final List<String> DUPLICATE_COLUMNS = List.of("source_file", "source_row", "record_key",
            "_winner_file", "_winner_row");
    /** The columns ranking adds to the staged rows. */
    static final List<String> RANK_COLUMNS = List.of("_rank", "_top_version", "_winner_file", "_winner_row",
            "record_key");

    private Precedence() {
    }

    /**
     * Ranks the staged rows and writes them, ranked, to {@code dir} in one pass that also tallies them
     * (an observed metric of the write, so no job of its own); the outcome reads the rows from there.
     * Without the write, the winners, the replaced rows and the tally would each rank every staged
     * row again (at nation scale a window over tens of millions of rows apiece).
     */
    static Outcome rankInto(Dataset<Row> staged, FeedSpec feed, Path dir) {
        Observation observation = new Observation("precedence");
        Dataset<Row> ranked = rank(staged, feed);
        ranked.observe(observation, count(when(WINS, 1)).as("winners"), count(when(REPLACED, 1)).as("superseded"),
                collect_list(when(DUPLICATE, struct(DUPLICATE_COLUMNS.stream().map(c -> col(c))
                        .toArray(Column[]::new)))).as("duplicates"))
                .write().mode(SaveMode.Overwrite).parquet(dir.toString());
        Row tally = observation.getRow();
        return Outcome.of(ranked.sparkSession().read().schema(ranked.schema()).parquet(dir.toString()),
                new Tally(tally.getAs("winners"), tally.getAs("superseded"), tally.getList(tally.fieldIndex("duplicates"))));
    }

    /** Nothing was staged: nothing to rank or count, and no Spark job to learn that. */
    static Outcome none(Dataset<Row> staged, FeedSpec feed) {
        return Outcome.of(rank(staged, feed), Tally.NONE);
    }

    /** Ranked rows read back without their rank, as they were staged. */
    static Dataset<Row> unranked(Dataset<Row> ranked) {
        return ranked.drop(RANK_COLUMNS.toArray(String[]::new));
    }

    private static Dataset<Row> rank(Dataset<Row> staged, FeedSpec feed) {
        List<Column> key = new ArrayList<>(List.of(col("year"), col("period")));
        feed.key().forEach(k -> key.add(col(k)));
        WindowSpec sameKey = Window.partitionBy(key.toArray(Column[]::new));
        return staged
                .withColumn("_rank", row_number().over(sameKey.orderBy(col("version").desc(), col("source_file"),
                        col("source_row"))))
                .withColumn("_top_version", max("version").over(sameKey))
                .withColumn("_winner_file", first("source_file").over(sameKey.orderBy(col("version").desc(),
                        col("source_file"), col("source_row"))))
                .withColumn("_winner_row", first("source_row").over(sameKey.orderBy(col("version").desc(),
                        col("source_file"), col("source_row"))))
                .withColumn("record_key", concat_ws("|", feed.key().stream().map(k -> col(k)).toArray(Column[]::new)));
    }
}
