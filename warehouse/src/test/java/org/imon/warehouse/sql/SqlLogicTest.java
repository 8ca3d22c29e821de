package org.imon.warehouse.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.imon.warehouse.Resources;

/**
 * Runs the given/expect cases of {@code src/test/resources/sql/*.test} against an in-memory DuckDB
 * with the warehouse's macros, in the style of DuckDB's own {@code test/sql/*.test} files: each case
 * is the reason (comment lines directly above it), a {@code query} line whose letters give the columns, the SQL, a
 * {@code ----} line and the expected rows, tab-separated, NULL for null. One file per SQL resource.
 */
class SqlLogicTest {
    private static final String MACROS = "sql/macros.sql";

    /** One in-memory database for every case: the macros are pure, so cases cannot disturb each other. */
    private static Connection duckdb;

    @BeforeAll
    static void createMacros() throws SQLException {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = duckdb.createStatement()) {
            statement.execute(Resources.text(MACROS));
        }
    }

    @AfterAll
    static void close() throws SQLException {
        duckdb.close();
    }

    /** One given/expect case: where it is written, why, the query and the rows it must return. */
    record Case(String file, int line, String reason, int columns, String sql, List<String> expected) {
        String name() {
            return file + ":" + line + " " + reason;
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyCaseOfEveryFile() throws IOException, URISyntaxException {
        Path dir = Path.of(SqlLogicTest.class.getClassLoader().getResource("sql").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".test")).sorted().toList().stream()
                    .map(f -> DynamicContainer.dynamicContainer(f.getFileName().toString(),
                            parse(f).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)))));
        }
    }

    private static void run(Case c) throws SQLException {
        try (Statement statement = duckdb.createStatement()) {
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(c.sql())) {
                assertEquals(c.columns(), rs.getMetaData().getColumnCount(), c.name() + ": columns");
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= c.columns(); i++) {
                        String value = rs.getString(i);
                        values.add(value == null ? "NULL" : value);
                    }
                    rows.add(String.join("\t", values));
                }
            }
            assertEquals(c.expected(), rows, c.name());
        }
    }

    static List<Case> parse(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString();
        List<Case> cases = new ArrayList<>();
        List<String> reason = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("#")) {
                reason.add(line.substring(1).strip());
            } else if (line.startsWith("query ")) {
                int start = i + 1;
                StringBuilder sql = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).strip().equals("----"); i++) {
                    sql.append(lines.get(i)).append('\n');
                }
                List<String> expected = new ArrayList<>();
                for (i++; i < lines.size() && !lines.get(i).isBlank(); i++) {
                    expected.add(lines.get(i).strip());
                }
                if (reason.isEmpty()) {
                    throw new IllegalArgumentException(name + " 第 " + start + " 行: 每个用例前须用 # 注释说明理由");
                }
                cases.add(new Case(name, start, String.join(" ", reason), line.substring(6).strip().length(),
                        sql.toString(), expected));
                reason.clear();
            } else if (line.isEmpty()) {
                // A comment block not directly above a query is about the file, not a case.
                reason.clear();
            } else {
                throw new IllegalArgumentException(name + " 第 " + (i + 1) + " 行: 无法识别: " + line);
            }
        }
        return cases;
    }
}
