import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The peer for a full `imon load` of a sample written with `imon sample --utf8-csv`: DuckDB reads
 * every feed's CSV files (header row, types detected, all files of a feed as one table) and writes
 * each feed as Parquet partitioned by the landing folder, with no checks. Files whose header is not
 * the feed's (the statistics portal's export among the benchmarks) are left out, as they are for no
 * plain CSV reader. Prints rows and seconds (inside the JVM: its start is not counted).
 * Usage: java -cp 'orchestration/target/lib/*' bench/DuckDbFeedsPeer.java LANDING OUT_DIR
 */
public class DuckDbFeedsPeer {
    public static void main(String[] args) throws Exception {
        Files.createDirectories(Path.of(args[1]));
        long start = System.nanoTime();
        long rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String feed : feeds(Path.of(args[0]))) {
                List<String> files;
                try (Stream<Path> walk = Files.walk(Path.of(args[0], feed))) {
                    files = walk.filter(p -> p.toString().endsWith(".csv")).filter(p -> !p.getFileName().toString()
                            .startsWith("国家数据_")).map(p -> "'" + p.toString().replace("'", "''") + "'").sorted()
                            .collect(Collectors.toList());
                }
                if (files.isEmpty()) {
                    continue;
                }
                s.execute("CREATE TABLE " + feed + " AS SELECT *, regexp_extract(filename, '/([0-9-]+)/[^/]*$', 1) AS folder"
                        + " FROM read_csv([" + String.join(",", files) + "], header = true, filename = true,"
                        + " union_by_name = true)");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + feed)) {
                    rs.next();
                    rows += rs.getLong(1);
                }
                s.execute("COPY " + feed + " TO '" + Path.of(args[1], feed).toString().replace("'", "''")
                        + "' (FORMAT PARQUET, PARTITION_BY (folder))");
            }
        }
        System.out.printf("%d %.2f%n", rows, (System.nanoTime() - start) / 1e9);
    }

    /** Every feed's folder in the landing folder (the profile's copy, "_profile", is not a feed). */
    static List<String> feeds(Path landing) throws java.io.IOException {
        try (Stream<Path> list = Files.list(landing)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("_")).sorted().toList();
        }
    }
}
