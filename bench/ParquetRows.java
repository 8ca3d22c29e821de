import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The number of rows in a folder of Parquet files, from their footers.
 * Usage: java -cp 'orchestration/target/lib/*' bench/ParquetRows.java DIR
 */
public class ParquetRows {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT sum(num_rows) FROM parquet_file_metadata('"
                        + args[0].replace("'", "''") + "/**/*.parquet')")) {
            rs.next();
            System.out.println(rs.getLong(1));
        }
    }
}
