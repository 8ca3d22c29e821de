package org.imon.etl.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.SparkTests;
import org.imon.etl.feed.FeedSpec;

/**
 * Given staged rows of one enterprise folder (2024-06), expect these winners, duplicates and
 * replaced rows.
 *
 * <pre>
 * key  file          line  version
 * 甲   原.csv          2     0      replaced by the correction
 * 甲   原.csv          5     0      replaced too (a duplicate of an older version is history, not a duplicate)
 * 甲   原_更正1.csv    2     1      wins: highest version
 * 乙   原.csv          3     0      wins: first by file, then line
 * 乙   原.csv          7     0      duplicate of 原.csv line 3
 * </pre>
 * So: winners 甲 (更正1, line 2) and 乙 (line 3); one duplicate; two replaced rows, each naming the winner;
 * the tally counts two winners and two replaced rows and lists the duplicate, from the pass that
 * writes the ranked rows.
 */
class PrecedenceTest {
    private static final FeedSpec FEED = FeedSpec.load("enterprise_monthly");

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTests.session();
    }

    @TempDir
    Path dir;

    @Test
    void theHighestCorrectionWinsAndTheFirstOfEqualRowsWins() {
        Precedence.Outcome outcome = Precedence.rankInto(staged(
                row("甲", "原.csv", 2, 0), row("甲", "原.csv", 5, 0), row("甲", "原_更正1.csv", 2, 1),
                row("乙", "原.csv", 3, 0), row("乙", "原.csv", 7, 0)), FEED, dir.resolve("ranked"));

        assertEquals(List.of("乙 原.csv:3", "甲 原_更正1.csv:2"), lines(outcome.winners().collectAsList(), false));
        assertEquals(List.of("甲 原.csv:2 <- 原_更正1.csv:2", "甲 原.csv:5 <- 原_更正1.csv:2"),
                lines(outcome.superseded().collectAsList(), true));
        Precedence.Tally tally = outcome.tally();
        assertEquals(2, tally.winners());
        assertEquals(2, tally.superseded());
        assertEquals(List.of("乙 原.csv:7 <- 原.csv:3"), lines(tally.duplicates(), true));
    }

    private static Dataset<Row> staged(Row... rows) {
        return spark.createDataFrame(List.of(rows), FeedStage.schema(FEED));
    }

    /** A staged row of 2024 1-6月 with the key, lineage and version given and no figures. */
    private static Row row(String creditCode, String file, int line, int version) {
        StructType schema = FeedStage.schema(FEED);
        List<Object> values = new ArrayList<>();
        for (String column : schema.fieldNames()) {
            values.add(switch (column) {
                case "credit_code" -> creditCode;
                case "year" -> 2024;
                case "period" -> 6;
                case "source_file" -> file;
                case "source_row" -> line;
                case "version" -> version;
                case "source_sha256", "load_id" -> "x";
                default -> null;
            });
        }
        return RowFactory.create(values.toArray());
    }

    private static List<String> lines(List<Row> rows, boolean withWinner) {
        return rows.stream().map(r -> r.getAs("record_key") + " " + r.getAs("source_file") + ":"
                + r.getAs("source_row") + (withWinner ? " <- " + r.getAs("_winner_file") + ":" + r.getAs("_winner_row")
                        : "")).sorted().toList();
    }
}
