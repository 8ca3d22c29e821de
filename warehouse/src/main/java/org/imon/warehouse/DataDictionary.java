package org.imon.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imon.warehouse.reference.CsvRecords;
import org.imon.warehouse.schema.Column;
import org.imon.warehouse.schema.TableSchema;
import org.imon.warehouse.sql.SqlTemplate;

/**
 * {@code docs/data-dictionary.md}, generated: every table from its schema file, and every view from a
 * warehouse built empty, with each view column's Chinese name, unit and meaning from
 * {@code sql/columns.csv} and the formulas from the comment heading the view's SQL file.
 */
public final class DataDictionary {
    static final String GLOSSARY = "sql/columns.csv";

    /** A view column's Chinese name, unit and meaning. */
    public record Term(String chineseName, String unit, String meaning) {
    }

    private DataDictionary() {
    }

    public static String render() throws IOException, SQLException {
        Map<String, Term> glossary = glossary();
        StringBuilder out = new StringBuilder();
        out.append("# Data dictionary\n\n")
                .append("Generated from the table schemas (`warehouse/src/main/resources/schema/`) and the views' SQL\n")
                .append("(`warehouse/src/main/resources/sql/`) by `imon dictionary`; a test fails when this page is out of date.\n")
                .append("Amounts are in 万元 unless a column says otherwise; percentages are rounded half up to one decimal.\n")
                .append("The views named `mart_*` are materialised as tables of the same name and columns when the warehouse is built.\n\n")
                .append("## Tables\n\n");
        for (TableSchema table : TableSchema.all()) {
            out.append("### `").append(table.name()).append("` — ").append(table.chineseName()).append("\n\n");
            if (!table.partitionColumns().isEmpty()) {
                out.append("Partitioned by ").append(String.join(", ", table.partitionColumns())).append(".\n\n");
            }
            out.append("| column | 中文名 | type | unit | meaning |\n|---|---|---|---|---|\n");
            for (Column c : table.columns()) {
                out.append(row(c.name(), c.chineseName(), c.type().sql(), c.unit(), c.description()));
            }
            out.append('\n');
        }
        out.append("## Views\n\n");
        for (View view : views()) {
            out.append("### `").append(view.name()).append("`\n\n");
            if (!view.comment().isEmpty()) {
                out.append("```\n").append(view.comment()).append("```\n\n");
            }
            out.append("| column | 中文名 | type | unit | meaning |\n|---|---|---|---|---|\n");
            for (String[] column : view.columns()) {
                Term term = glossary.get(column[0]);
                if (term == null) {
                    throw new IllegalStateException(GLOSSARY + " has no entry for " + view.name() + "." + column[0]);
                }
                out.append(row(column[0], term.chineseName(), column[1], term.unit(), term.meaning()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static void write(Path file) throws IOException, SQLException {
        Files.writeString(file, render());
    }

    /** Every view of the warehouse, by name, with its columns and its SQL file's comment. */
    record View(String name, List<String[]> columns, String comment) {
    }

    static List<View> views() throws IOException, SQLException {
        Path dir = Files.createTempDirectory("imon-dictionary");
        try {
            Path file = dir.resolve("empty.duckdb");
            new WarehouseBuilder(Files.createDirectories(dir.resolve("snapshot")), null).build(file);
            Map<String, String> comments = viewComments();
            List<View> views = new ArrayList<>();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
                // By name, whether a view or a mart materialised as a table.
                List<String> names = comments.keySet().stream().sorted().toList();
                for (String name : names) {
                    List<String[]> columns = new ArrayList<>();
                    try (Statement d = c.createStatement(); ResultSet cols = d.executeQuery("DESCRIBE " + name)) {
                        while (cols.next()) {
                            columns.add(new String[] {cols.getString("column_name"), cols.getString("column_type")});
                        }
                    }
                    views.add(new View(name, columns, comments.getOrDefault(name, "")));
                }
            }
            return views;
        } finally {
            ParquetFolders.deleteRecursively(dir);
        }
    }

    /** The comment lines just above each CREATE VIEW. */
    private static Map<String, String> viewComments() {
        Map<String, String> comments = new LinkedHashMap<>();
        for (String file : Resources.lines("sql/views.txt")) {
            if (file.isBlank() || file.startsWith("#")) {
                continue;
            }
            StringBuilder comment = new StringBuilder();
            for (String line : SqlTemplate.load("sql/" + file.trim()).text().lines().toList()) {
                if (line.startsWith("--")) {
                    comment.append(line.length() > 3 ? line.substring(3) : "").append('\n');
                } else if (line.startsWith("CREATE VIEW ")) {
                    comments.put(line.substring("CREATE VIEW ".length()).split("\\s")[0], comment.toString());
                    comment.setLength(0);
                } else if (!line.isBlank()) {
                    comment.setLength(0);
                }
            }
        }
        return comments;
    }

    static Map<String, Term> glossary() {
        Map<String, Term> terms = new LinkedHashMap<>();
        for (Map<String, String> r : CsvRecords.read(GLOSSARY)) {
            terms.put(r.get("column"), new Term(r.get("zh"), r.get("unit"), r.get("meaning")));
        }
        return terms;
    }

    private static String row(String... cells) {
        List<String> escaped = new ArrayList<>();
        for (String cell : cells) {
            escaped.add(cell == null ? "" : cell.replace("|", "\\|"));
        }
        return "| `" + escaped.get(0) + "` | " + String.join(" | ", escaped.subList(1, escaped.size())) + " |\n";
    }
}
