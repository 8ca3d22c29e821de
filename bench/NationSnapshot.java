import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A larger snapshot made from a loaded one, for measuring the warehouse alone at province or nation
 * scale (the Spark load of such landing files is measured elsewhere): every enterprise is repeated
 * REPLICAS times under new credit codes (copy r > 0 of 9141xx… is Xrrrxx…, so codes stay unique and
 * 18 characters long; check characters are not recomputed), in fact_enterprise_period,
 * dim_enterprise and bridge_enterprise_cluster. The other tables (regions, clusters, targets, key
 * lists, projects, benchmarks) are copied unchanged, so key lists keep their original members and
 * region totals grow REPLICAS-fold. Written with DuckDB, partitioned as the load writes it.
 * Usage: java -cp 'orchestration/target/lib/*' bench/NationSnapshot.java PROVINCE_SNAPSHOT OUT REPLICAS
 */
public class NationSnapshot {
    private static final String[] REPLICATED = {"fact_enterprise_period", "dim_enterprise", "bridge_enterprise_cluster"};

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int replicas = Integer.parseInt(args[2]);
        Files.createDirectories(out);
        try (var tables = Files.list(source)) {
            for (Path table : tables.toList()) {
                if (!java.util.Arrays.asList(REPLICATED).contains(table.getFileName().toString())) {
                    new ProcessBuilder("cp", "-r", table.toString(), out.toString()).inheritIO().start().waitFor();
                }
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            // Without a limit DuckDB takes most of the machine's memory for 132 open partitions, which
            // a machine shared with other work cannot give.
            s.execute("SET memory_limit = '3GB'");
            s.execute("SET temp_directory = '" + out.resolveSibling(out.getFileName() + ".spill") + "'");
            s.execute("SET preserve_insertion_order = false");
            for (String table : REPLICATED) {
                Path dir = source.resolve(table);
                boolean partitioned = table.equals("fact_enterprise_period");
                String read = "read_parquet('" + dir + "/**/*.parquet', hive_partitioning = " + partitioned
                        + (partitioned ? ", hive_types = {'year': INTEGER, 'period': INTEGER}" : "") + ")";
                String replicated = "SELECT * REPLACE (CASE WHEN r = 0 THEN credit_code"
                        + " ELSE 'X' || lpad(CAST(r AS VARCHAR), 3, '0') || substr(credit_code, 5) END AS credit_code)"
                        + " FROM " + read + ", (SELECT range AS r FROM range(" + replicas + "))";
                String columns = "SELECT * EXCLUDE (r) FROM (" + replicated + ")";
                Path target = out.resolve(table);
                Files.createDirectories(target);
                s.execute("COPY (" + columns + ") TO '" + (partitioned ? target : target.resolve("part-0.parquet"))
                        + "' (FORMAT PARQUET" + (partitioned ? ", PARTITION_BY (year, period), OVERWRITE_OR_IGNORE" : "")
                        + ")");
            }
        }
    }
}
