import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The peer for the sample generator's throughput: DuckDB writing the same number of enterprise-report
 * rows (eleven columns of the same widths, random figures) to one CSV file. Prints seconds taken.
 * Usage: java -cp 'orchestration/target/lib/*' bench/DuckDbCsvPeer.java ROWS OUT.csv
 */
public class DuckDbCsvPeer {
    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(args[0]);
        String out = args[1].replace("'", "''");
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT '91411002' || lpad(CAST(i AS VARCHAR), 10, '0') AS credit_code,"
                    + " '许昌瑞丰机械制造有限公司' AS name, '411002' AS region, '3411' AS industry,"
                    + " round(random() * 10000, 1) AS a, round(random() * 100000, 1) AS b, round(random() * 100000, 1) AS c,"
                    + " round(random() * 100000, 1) AS d, round(random() * 100000, 1) AS e, round(random() * 5000, 1) AS f,"
                    + " round(random() * 5000, 1) AS g FROM range(" + rows + ") t(i)) TO '" + out + "' (HEADER)");
        }
        System.out.printf("%.2f%n", (System.nanoTime() - start) / 1e9);
    }
}
