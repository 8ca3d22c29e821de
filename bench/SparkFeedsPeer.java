import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Observation;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import org.imon.etl.spark.Sparks;

/**
 * The floor for Spark on the job DuckDbFeedsPeer does: Spark's own CSV reader (header row, every
 * column read as text, no type detection, no checks) reads each feed's files and writes them as
 * Parquet partitioned by the landing folder, in the Spark session `imon load` uses: one Spark job per
 * feed, the fewest a load written with Spark can run (its rows counted as the write runs). What `imon load`
 * costs above this is its checks, precedence, facts and dimensions; what this costs above DuckDB is
 * Spark's. Prints rows and seconds after the session is up, and the session's start-up seconds.
 * Usage: java @orchestration/target/imon.jvm.options -cp 'orchestration/target/imon.jar:orchestration/target/lib/*'
 *        bench/SparkFeedsPeer.java LANDING OUT_DIR
 */
public class SparkFeedsPeer {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        SparkSession spark = Sparks.session(Sparks.DEFAULT_MASTER);
        long up = System.nanoTime();
        long rows = 0;
        for (String feed : feeds(Path.of(args[0]))) {
            String[] files;
            try (Stream<Path> walk = Files.walk(Path.of(args[0], feed))) {
                files = walk.filter(p -> p.toString().endsWith(".csv"))
                        .filter(p -> !p.getFileName().toString().startsWith("国家数据_"))
                        .map(Path::toString).sorted().toArray(String[]::new);
            }
            if (files.length == 0) {
                continue;
            }
            String out = Path.of(args[1], feed).toString();
            Observation written = new Observation(feed);
            spark.read().option("header", "true").schema(header(Path.of(files[0]))).csv(files)
                    .withColumn("folder", regexp_extract(input_file_name(), "/([0-9-]+)/[^/]*$", 1))
                    .observe(written, count(lit(1)).as("rows"))
                    .write().mode(SaveMode.Overwrite).partitionBy("folder").parquet(out);
            rows += written.getRow().<Long>getAs("rows");
        }
        long done = System.nanoTime();
        spark.stop();
        System.out.printf("%d %.2f %.2f%n", rows, (done - up) / 1e9, (up - start) / 1e9);
    }

    /**
     * As many text columns as the first file's header has: given a schema, Spark reads each file once,
     * with no job of its own to infer the columns. Named by position, since a night's files may be in
     * GB18030, whose names would not read as UTF-8; the header line itself is skipped.
     */
    static StructType header(Path file) throws java.io.IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.ISO_8859_1))) {
            StructType schema = new StructType();
            int columns = in.readLine().split(",", -1).length;
            for (int c = 0; c < columns; c++) {
                schema = schema.add("c" + c, DataTypes.StringType);
            }
            return schema;
        }
    }

    /** Every feed's folder in the landing folder (the profile's copy, "_profile", is not a feed). */
    static List<String> feeds(Path landing) throws java.io.IOException {
        try (Stream<Path> list = Files.list(landing)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("_")).sorted().toList();
        }
    }
}
