import java.nio.charset.StandardCharsets;
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
 * The peer for `imon load`: DuckDB reading the same enterprise-report CSV files (those in UTF-8; it
 * cannot decode GB18030, and skips the .xlsx files) and writing them as Parquet partitioned by year
 * and period, with no checks. Prints rows and seconds.
 * Usage: java -cp 'orchestration/target/lib/*' bench/DuckDbLoadPeer.java LANDING OUT_DIR
 */
public class DuckDbLoadPeer {
    public static void main(String[] args) throws Exception {
        Path feed = Path.of(args[0], "enterprise_monthly");
        List<String> files;
        try (Stream<Path> s = Files.walk(feed)) {
            files = s.filter(p -> p.toString().endsWith(".csv")).filter(DuckDbLoadPeer::isUtf8)
                    .map(p -> "'" + p.toString().replace("'", "''") + "'").sorted().collect(Collectors.toList());
        }
        long start = System.nanoTime();
        long rows;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t AS SELECT *, CAST(regexp_extract(filename, '/(\\d{4})-\\d{2}/', 1) AS INTEGER) AS y FROM read_csv(["
                    + String.join(",", files) + "], header = true, filename = true, union_by_name = true)");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                rows = rs.getLong(1);
            }
            s.execute("COPY t TO '" + args[1].replace("'", "''") + "' (FORMAT PARQUET, PARTITION_BY (y))");
        }
        System.out.printf("%d %.2f%n", rows, (System.nanoTime() - start) / 1e9);
    }

    private static boolean isUtf8(Path p) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p)));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
