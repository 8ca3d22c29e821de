import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.regexp_extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import org.imon.etl.spark.Sparks;

/**
 * The floor for Spark on the job DuckDbFeedsPeer does: Spark's own CSV reader (header row, every
 * column read as text, no type detection, no checks) reads each feed's files and writes them as
 * Parquet partitioned by the landing folder, in the Spark session `imon load` uses. What `imon load`
 * costs above this is its checks, precedence, facts and dimensions; what this costs above DuckDB is
 * Spark's. Prints rows and seconds after the session is up, and the session's start-up seconds.
 * Usage: java @orchestration/target/imon.jvm.options -cp 'orchestration/target/imon.jar:orchestration/target/lib/*'
 *        bench/SparkFeedsPeer.java LANDING OUT_DIR
 */
public class SparkFeedsPeer {
    private static final List<String> FEEDS = List.of("enterprise_monthly", "region_indicators", "electricity", "vat",
            "projects", "targets", "key_lists", "benchmarks");

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        SparkSession spark = Sparks.session(Sparks.DEFAULT_MASTER);
        long up = System.nanoTime();
        long rows = 0;
        for (String feed : FEEDS) {
            String[] files;
            try (Stream<Path> walk = Files.walk(Path.of(args[0], feed))) {
                files = walk.filter(p -> p.toString().endsWith(".csv"))
                        .filter(p -> !p.getFileName().toString().startsWith("国家数据_"))
                        .map(Path::toString).sorted().toArray(String[]::new);
            }
            String out = Path.of(args[1], feed).toString();
            Dataset<Row> read = spark.read().option("header", "true").csv(files)
                    .withColumn("folder", regexp_extract(input_file_name(), "/([0-9-]+)/[^/]*$", 1));
            read.write().mode(SaveMode.Overwrite).partitionBy("folder").parquet(out);
            // From the Parquet footers: no second pass over the CSV.
            rows += spark.read().parquet(out).count();
        }
        long done = System.nanoTime();
        spark.stop();
        System.out.printf("%d %.2f %.2f%n", rows, (done - up) / 1e9, (up - start) / 1e9);
    }
}
