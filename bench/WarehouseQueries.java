import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times every query a report runs (reports/src/main/resources/sql/*.sql, parameters bound from each
 * file's "Parameters:" line for the latest period) and the analyst guide's ten queries (the ```sql
 * blocks of docs/analyst-guide.md) on a built warehouse, read-only, in one JVM: the first run of each
 * query, then the median and the slowest of RUNS more. Prints one line per query, slowest first.
 * Usage: java -cp 'orchestration/target/lib/*' bench/WarehouseQueries.java WAREHOUSE.duckdb ROOT [RUNS] [PROVINCE]
 */
public class WarehouseQueries {
    record Timed(String name, long rows, double firstMs, double medianMs, double maxMs) {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path root = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String province = args.length > 3 ? args[3] : "河南省";
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        List<Timed> timed = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly)) {
            int year;
            int period;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT year, period FROM latest_period")) {
                rs.next();
                year = rs.getInt(1);
                period = rs.getInt(2);
            }
            List<Path> reportSql;
            try (Stream<Path> files = Files.list(root.resolve("reports/src/main/resources/sql"))) {
                reportSql = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
            }
            for (Path sql : reportSql) {
                String text = Files.readString(sql);
                timed.add(time(c, "report " + sql.getFileName(), text, parameters(text, year, period, province), runs));
            }
            Matcher block = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL)
                    .matcher(Files.readString(root.resolve("docs/analyst-guide.md")));
            int n = 0;
            while (block.find()) {
                timed.add(time(c, "analyst guide query " + ++n, block.group(1), new Object[0], runs));
            }
        }
        timed.sort((a, b) -> Double.compare(b.medianMs(), a.medianMs()));
        System.out.printf("%-46s %8s %10s %10s %10s%n", "query", "rows", "first ms", "median ms", "max ms");
        for (Timed t : timed) {
            System.out.printf("%-46s %8d %10.0f %10.0f %10.0f%n", t.name(), t.rows(), t.firstMs(), t.medianMs(), t.maxMs());
        }
    }

    /** The values of a report query's parameters, in the order its "Parameters:" comment names them. */
    static Object[] parameters(String sql, int year, int period, String province) {
        Matcher line = Pattern.compile("-- Parameters: (.*)\\.").matcher(sql);
        if (!line.find()) {
            return new Object[0];
        }
        return Arrays.stream(line.group(1).split(", ")).map(name -> switch (name.replaceAll(" \\(.*", "")) {
            case "year" -> (Object) year;
            case "period" -> period;
            case "province name" -> province;
            case "subject type" -> "region";
            default -> throw new IllegalArgumentException("unknown parameter " + name);
        }).toArray();
    }

    static Timed time(Connection c, String name, String sql, Object[] parameters, int runs) throws Exception {
        double[] ms = new double[runs + 1];
        long rows = 0;
        for (int r = 0; r <= runs; r++) {
            long start = System.nanoTime();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                rows = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
            }
            ms[r] = (System.nanoTime() - start) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(ms, 1, ms.length);
        Arrays.sort(warm);
        return new Timed(name, rows, ms[0], warm[(warm.length - 1) / 2], warm[warm.length - 1]);
    }
}
