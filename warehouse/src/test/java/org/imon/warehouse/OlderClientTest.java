package org.imon.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's tool that lags a major version opens the warehouse: DuckDB 1.4's own JDBC driver (the
 * long-term-support line), loaded in a class loader of its own beside the build's newer driver, reads
 * the three-region fixture's warehouse and gets the README's figures.
 */
class OlderClientTest {
    @TempDir
    Path dir;

    @Test
    void duckDb14ReadsTheBuiltWarehouseAndItsNightlyRebuild() throws Exception {
        Path file = PublishedFixture.buildWarehouse("three_regions", dir);
        Path jar = Path.of(System.getProperty("imon.duckdb.lts.jar", "target/duckdb-lts/duckdb_jdbc.jar"));
        assertEquals(true, Files.isRegularFile(jar), "DuckDB 1.4's driver is copied by the build: " + jar);

        try (URLClassLoader lts = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Driver driver = (Driver) Class.forName("org.duckdb.DuckDBDriver", true, lts)
                    .getDeclaredConstructor().newInstance();
            Properties readOnly = new Properties();
            readOnly.setProperty("duckdb.read_only", "true");
            try (Connection c = driver.connect("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
                    Statement s = c.createStatement()) {
                readsEveryMart(file, s);
            }

            // A night's build starts from a copy of the previous file: it keeps the older format.
            ParquetFolders.deleteRecursively(dir.resolve("published/fact_enterprise_period/year=2023"));
            new WarehouseBuilder(dir.resolve("published"), null).build(file);
            try (Connection c = driver.connect("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
                    Statement s = c.createStatement()) {
                assertEquals("12", one(s, "SELECT count(*) FROM fact_enterprise_period"), "2023's four rows are gone");
                assertEquals("incremental", one(s, "SELECT mode FROM build.last_build"));
            }
        }
    }

    private static void readsEveryMart(Path file, Statement s) throws Exception {
        assertEquals("v1.4.0", one(s, "SELECT library_version FROM pragma_version()").substring(0, 6),
                "the client really is DuckDB 1.4");
        // README: 禹州市 2024 1-6月 revenue 350000 against 295000 → 18.6 %, first by growth.
        assertEquals(List.of("411081|350000.0000|295000.0000|18.6|1", "411002|200000.0000|190000.0000|5.3|3"),
                rows(s, "SELECT region_code, value_ytd, value_ly, growth_pct, rank_by_growth"
                        + " FROM mart_region_indicator WHERE year = 2024 AND period = 6"
                        + " AND indicator = 'revenue' AND region_code IN ('411081', '411002')"
                        + " ORDER BY region_code DESC"));
        assertEquals("650456.7800|13.5", one(s, "SELECT value_ytd || '|' || growth_pct FROM mart_city_indicator"
                + " WHERE year = 2024 AND period = 6 AND indicator = 'revenue'"));
        assertEquals("16", one(s, "SELECT count(*) FROM fact_enterprise_period"), "the fixture's sixteen rows");
        try (Warehouse current = Warehouse.openReadOnly(file); Statement now = current.connection().createStatement()) {
            List<String> marts = rows(now, "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'mart_%'"
                    + " ORDER BY table_name");
            assertEquals(declaredMarts(), marts, "every mart the SQL files declare is a table");
            for (String mart : marts) {
                String all = "SELECT * FROM " + mart + " ORDER BY ALL";
                assertEquals(rows(now, all), rows(s, all), mart + " reads the same in DuckDB 1.4");
            }
        }
    }

    /** The marts that the files of {@code sql/views.txt} create, in name order. */
    private static List<String> declaredMarts() {
        Pattern mart = Pattern.compile("CREATE VIEW (mart_\\w+)");
        List<String> names = new ArrayList<>();
        for (String file : Resources.lines("sql/views.txt")) {
            if (file.isBlank() || file.startsWith("#")) {
                continue;
            }
            Matcher m = mart.matcher(Resources.text("sql/" + file));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        Collections.sort(names);
        return names;
    }

    private static String one(Statement s, String sql) throws Exception {
        return rows(s, sql).get(0);
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    cells.add(rs.getString(c));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
