package org.imon.etl.spark;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;

import org.imon.warehouse.schema.TableSchema;

/**
 * The Spark session every load uses: {@code local[*]} on this machine, or a standalone cluster's
 * {@code spark://HOST:PORT}. Further Spark settings (executor memory and cores) come from
 * {@code -Dspark.…} system properties, which Spark reads itself.
 */
public final class Sparks {
    public static final String DEFAULT_MASTER = "local[*]";

    private Sparks() {
    }

    public static SparkSession session(String master) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("imon")
                .master(master)
                // DuckDB reads Parquet timestamps as UTC; keep Spark on UTC so nothing shifts.
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                // The city's data is small; the default 200 shuffle partitions only add overhead.
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.ui.enabled", "false");
        if (isLocal(master)) {
            // A task that runs out of memory fails its job, which the load reports as 内存不足; by default
            // Spark would end this whole process with its own exit code 52 and no word about memory.
            builder.config("spark.executor.killOnFatalError.depth", "0");
        } else {
            // A cluster's executors have Spark's jars but not imon's: without the load's own classes they
            // fail to deserialize its functions ("ClassCastException … SerializedLambda").
            builder.config("spark.jars", String.join(",", loadJars()));
        }
        return builder.getOrCreate();
    }

    static boolean isLocal(String master) {
        return master.equals("local") || master.startsWith("local[");
    }

    /** The jars of the load's code: this module's and the warehouse module's, whose schemas it uses. */
    static List<String> loadJars() {
        return Stream.of(Sparks.class, TableSchema.class).map(Sparks::jarOf).distinct().toList();
    }

    private static String jarOf(Class<?> type) {
        Path location;
        try {
            location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (!Files.isRegularFile(location)) {
            throw new IllegalStateException("在 Spark 集群上装载需要打包好的 jar，而 " + type.getName() + " 来自目录 " + location
                    + "：请先运行 mvn -B -DskipTests package，再用 bin/imon 装载。");
        }
        return location.toAbsolutePath().toString();
    }
}
