package org.imon.etl.load;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
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
     * The winning rows and the replaced rows with the winner that replaced them; both are filters of
     * {@code ranked}, every staged row with its rank.
     */
    record Outcome(Dataset<Row> ranked, Dataset<Row> winners, Dataset<Row> superseded) {
        /**
         * The same outcome, its ranked rows written once to {@code dir} and read back from there: the
         * winners, the replaced rows and the tally each read those rows, and without this each would
         * rank every staged row again (at nation scale a window over tens of millions of rows apiece).
         */
        Outcome writtenTo(Path dir) {
            ranked.write().mode(SaveMode.Overwrite).parquet(dir.toString());
            return of(ranked.sparkSession().read().schema(ranked.schema()).parquet(dir.toString()));
        }

        private static Outcome of(Dataset<Row> ranked) {
            return new Outcome(ranked, ranked.filter(WINS), ranked.filter(REPLACED));
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

    private Precedence() {
    }

    /**
     * Each outcome's winners and replaced rows counted and its duplicates listed, all in one Spark
     * action: a count and a collect per feed would compute every feed's window twice, in a dozen jobs
     * run one after the other; here adaptive execution runs the feeds' stages side by side.
     */
    static Map<String, Tally> tallies(Map<String, Outcome> outcomes) {
        Dataset<Row> all = null;
        for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
            Dataset<Row> one = e.getValue().ranked().agg(lit(e.getKey()).as("feed"),
                    count(when(WINS, 1)).as("winners"), count(when(REPLACED, 1)).as("superseded"),
                    collect_list(when(DUPLICATE, struct(DUPLICATE_COLUMNS.stream().map(c -> col(c))
                            .toArray(Column[]::new)))).as("duplicates"));
            all = all == null ? one : all.unionByName(one);
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        if (all != null) {
            for (Row r : all.collectAsList()) {
                tallies.put(r.getAs("feed"), new Tally(r.getAs("winners"), r.getAs("superseded"),
                        r.getList(r.fieldIndex("duplicates"))));
            }
        }
        return tallies;
    }

    static Outcome apply(Dataset<Row> staged, FeedSpec feed) {
        List<Column> key = new ArrayList<>(List.of(col("year"), col("period")));
        feed.key().forEach(k -> key.add(col(k)));
        WindowSpec sameKey = Window.partitionBy(key.toArray(Column[]::new));
        Dataset<Row> ranked = staged
                .withColumn("_rank", row_number().over(sameKey.orderBy(col("version").desc(), col("source_file"),
                        col("source_row"))))
                .withColumn("_top_version", max("version").over(sameKey))
                .withColumn("_winner_file", first("source_file").over(sameKey.orderBy(col("version").desc(),
                        col("source_file"), col("source_row"))))
                .withColumn("_winner_row", first("source_row").over(sameKey.orderBy(col("version").desc(),
                        col("source_file"), col("source_row"))))
                .withColumn("record_key", concat_ws("|", feed.key().stream().map(k -> col(k)).toArray(Column[]::new)));
        return Outcome.of(ranked);
    }
}
