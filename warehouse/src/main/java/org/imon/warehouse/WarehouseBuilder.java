package org.imon.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.imon.warehouse.schema.TableSchema;
import org.imon.warehouse.sql.SqlTemplate;

/**
 * Builds {@code warehouse.duckdb} from a snapshot of the published Parquet tables and the run ledger:
 * loads each table into its declared schema, then creates the statistics views and materialises the
 * marts among them as tables (see {@code sql/materialise_mart.sql}). The new file
 * is written beside the old one and renamed over it, so a reader never sees a half-built warehouse
 * and a failed build leaves the previous one in place. Only committed Parquet files are read: what a
 * killed writer left under {@code _temporary} is never met.
 */
public final class WarehouseBuilder {
    private static final String LOAD_TABLE = "sql/load_table.sql";
    private static final String LOAD_TABLE_JSON = "sql/load_table_json.sql";
    private static final String CREATE_TABLE = "sql/create_table.sql";
    private static final String VIEWS_INDEX = "sql/views.txt";
    private static final String ATTACH_WAREHOUSE = "sql/attach_warehouse.sql";
    private static final String MARTS_TO_MATERIALISE = "sql/marts_to_materialise.sql";
    private static final String MATERIALISE_MART = "sql/materialise_mart.sql";

    private final Path snapshotDir;
    private final Path ledgerDir;

    /**
     * @param snapshotDir the snapshot to build from: one folder of Parquet files per table
     * @param ledgerDir   the run ledger's tables, or null when there is none (tables stay empty)
     */
    public WarehouseBuilder(Path snapshotDir, Path ledgerDir) {
        this.snapshotDir = snapshotDir;
        this.ledgerDir = ledgerDir;
    }

    /** Builds the warehouse into {@code target}, returning the row count of every loaded table. */
    public Map<String, Long> build(Path target) throws SQLException, IOException {
        if (snapshotDir == null || !Files.isDirectory(snapshotDir)) {
            throw new IllegalStateException("还没有已发布的数据快照（请先运行 imon load）");
        }
        Path building = target.resolveSibling(target.getFileName() + ".building");
        deleteWithWal(building);
        Map<String, Long> rowCounts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            execute(connection, SqlTemplate.load(ATTACH_WAREHOUSE).render(Map.of(
                    "file", SqlTemplate.literal(building.toAbsolutePath().toString()))));
            for (TableSchema table : TableSchema.all()) {
                rowCounts.put(table.name(), loadTable(connection, table));
            }
            for (String view : Resources.lines(VIEWS_INDEX)) {
                if (!view.isBlank() && !view.startsWith("#")) {
                    execute(connection, SqlTemplate.load("sql/" + view.trim()).text());
                    materialiseMarts(connection);
                }
            }
            execute(connection, "CHECKPOINT warehouse");
            execute(connection, "USE memory");
            execute(connection, "DETACH warehouse");
        } catch (SQLException | RuntimeException e) {
            deleteWithWal(building);
            throw e;
        }
        Files.move(building, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return rowCounts;
    }

    private long loadTable(Connection connection, TableSchema table) throws SQLException, IOException {
        Path root = table.location() == TableSchema.Location.LEDGER ? ledgerDir : snapshotDir;
        Path dir = root == null ? null : root.resolve(table.name());
        if (dir != null && JsonLines.containsJsonLines(dir)) {
            execute(connection, SqlTemplate.load(LOAD_TABLE_JSON).render(Map.of(
                    "table", table.name(),
                    "column_definitions", table.sqlColumnDefinitions(),
                    "cast_select_list", table.sqlCastSelectList(),
                    "json_glob", SqlTemplate.literal(dir.toAbsolutePath() + "/*" + JsonLines.EXTENSION),
                    "text_columns", table.sqlTextColumns(),
                    "first_column", table.columns().get(0).name())));
            return rowCount(connection, table);
        }
        List<Path> files = dir == null ? List.of() : ParquetFolders.committedFiles(dir);
        if (files.isEmpty()) {
            execute(connection, SqlTemplate.load(CREATE_TABLE).render(Map.of(
                    "table", table.name(), "column_definitions", table.sqlColumnDefinitions())));
            return 0;
        }
        boolean partitioned = !table.partitionColumns().isEmpty();
        String readOptions = partitioned
                ? ", hive_partitioning = true, hive_types = " + table.sqlHiveTypes()
                : ", hive_partitioning = false";
        execute(connection, SqlTemplate.load(LOAD_TABLE).render(Map.of(
                "table", table.name(),
                "column_definitions", table.sqlColumnDefinitions(),
                "cast_select_list", table.sqlCastSelectList(),
                "parquet_files", files.stream().map(f -> SqlTemplate.literal(f.toAbsolutePath().toString()))
                        .collect(Collectors.joining(", ", "[", "]")),
                "read_options", readOptions)));
        return rowCount(connection, table);
    }

    /**
     * Each mart just created becomes a table (see materialise_mart.sql), before the next file's views
     * are created, so that marts built on other marts read tables, not nested views.
     */
    private static void materialiseMarts(Connection connection) throws SQLException {
        List<String> marts = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(SqlTemplate.load(MARTS_TO_MATERIALISE).text())) {
            while (rs.next()) {
                marts.add(rs.getString(1));
            }
        }
        for (String mart : marts) {
            execute(connection, SqlTemplate.load(MATERIALISE_MART).render(Map.of("mart", mart)));
        }
    }

    private static long rowCount(Connection connection, TableSchema table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table.name())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void deleteWithWal(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    }
}
