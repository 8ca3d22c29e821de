package org.imon.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.duckdb.DuckDBDriver;
import org.imon.warehouse.schema.TableSchema;
import org.imon.warehouse.sql.SqlTemplate;

/**
 * Builds {@code warehouse.duckdb} from a snapshot of the published Parquet tables and the run ledger:
 * loads each table into its declared schema, then creates the statistics views and materialises the
 * marts among them as tables (see {@code sql/materialise_mart.sql}).
 *
 * <p>When the previous warehouse was built with the same definitions, the build starts from a copy of
 * it and reads only what changed (see {@code sql/build/create_record.sql}): the partitions whose files
 * changed, the small tables without partitions, and the marts' rows of the years whose inputs changed.
 * A night that brings one period costs that period's partition and one year of marts, not the
 * history. Either way the new file is written beside the old one and renamed over it, so a reader
 * never sees a half-built warehouse and a failed build leaves the previous one in place. Only
 * committed Parquet files are read: what a killed writer left under {@code _temporary} is never met.
 */
public final class WarehouseBuilder {
    private static final String LOAD_TABLE = "sql/load_table.sql";
    private static final String LOAD_TABLE_JSON = "sql/load_table_json.sql";
    private static final String CREATE_TABLE = "sql/create_table.sql";
    private static final String VIEWS_INDEX = "sql/views.txt";
    private static final String ATTACH_WAREHOUSE = "sql/attach_warehouse.sql";
    private static final String MARTS_TO_MATERIALISE = "sql/marts_to_materialise.sql";
    private static final String MATERIALISE_MART = "sql/materialise_mart.sql";
    private static final String INSERT_PARTITION = "sql/build/insert_partition.sql";
    private static final String DELETE_PARTITION = "sql/build/delete_partition.sql";
    private static final String YEAR_HASHES = "sql/build/year_hashes.sql";
    private static final String CREATE_RECORD = "sql/build/create_record.sql";
    private static final String HAS_RECORD = "sql/build/has_record.sql";
    private static final String READ_DEFINITION = "sql/build/read_definition.sql";
    private static final String READ_SOURCES = "sql/build/read_sources.sql";
    private static final String MART_WINDOW = "sql/build/mart_window.sql";
    private static final String REFRESH_MART = "sql/build/refresh_mart.sql";
    private static final String PARTITION_DATA_YEARS = "sql/build/partition_data_years.sql";
    private static final String SOURCE_COLUMNS = "sql/build/source_columns.sql";
    private static final Pattern CREATES_MORE_THAN_VIEWS = Pattern.compile("CREATE (OR REPLACE )?(TABLE|MACRO)");

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
        Map<String, SourcePartitions> sources = new LinkedHashMap<>();
        for (TableSchema table : TableSchema.all()) {
            if (table.location() == TableSchema.Location.SNAPSHOT) {
                sources.put(table.name(), SourcePartitions.of(table, snapshotDir.resolve(table.name())));
            }
        }
        String definition = definitionFingerprint();
        Map<String, Long> rowCounts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            if (startFromPrevious(connection, target, building, definition)) {
                buildIncrementally(connection, sources, definition);
            } else {
                buildFromScratch(connection);
                record(connection, sources, definition, "full", countPartitions(sources.values()), ChangedYears.every());
            }
            for (TableSchema table : TableSchema.all()) {
                rowCounts.put(table.name(), rowCount(connection, table.name()));
            }
            execute(connection, "CHECKPOINT warehouse");
            detach(connection);
        } catch (SQLException | RuntimeException | IOException e) {
            deleteWithWal(building);
            throw e;
        }
        Files.move(building, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return rowCounts;
    }

    /**
     * Attaches, as the database being built, a copy of the previous warehouse when there is one built
     * with the same definitions (then true), else a new empty file.
     */
    private static boolean startFromPrevious(Connection connection, Path target, Path building, String definition)
            throws SQLException, IOException {
        if (Files.isRegularFile(target)) {
            Files.copy(target, building);
            if (attachPrevious(connection, building, definition)) {
                return true;
            }
            deleteWithWal(building);
        }
        attach(connection, building);
        return false;
    }

    private void buildFromScratch(Connection connection) throws SQLException, IOException {
        for (TableSchema table : TableSchema.all()) {
            loadTable(connection, table);
        }
        for (String file : viewFiles()) {
            execute(connection, SqlTemplate.load(file).text());
            materialiseMarts(connection);
        }
    }

    /**
     * Reads again only the partitions whose files changed and the tables without partitions, then
     * computes the marts' rows of the years whose inputs changed.
     */
    private void buildIncrementally(Connection connection, Map<String, SourcePartitions> sources, String definition)
            throws SQLException, IOException {
        Map<String, Map<String, String>> before = recordedSources(connection);
        Set<String> martInputs = martInputs();
        ChangedYears changed = ChangedYears.none();
        long changedPartitions = 0;
        for (TableSchema table : TableSchema.all()) {
            SourcePartitions now = sources.get(table.name());
            boolean readByMarts = martInputs.contains(table.name());
            if (now != null && !table.partitionColumns().isEmpty()) {
                Set<String> partitions = changedPartitions(before.getOrDefault(table.name(), Map.of()), now.fingerprints());
                changedPartitions += partitions.size();
                List<Integer> years = refreshPartitions(connection, table, now, partitions);
                if (readByMarts) {
                    changed = changed.add(years.isEmpty() && !partitions.isEmpty() ? ChangedYears.every()
                            : ChangedYears.none().add(years, table.martReach()));
                }
            } else if (now != null && now.fingerprints().equals(before.getOrDefault(table.name(), Map.of()))) {
                continue;
            } else {
                // The ledger's tables are small and change with every load: always read again, not counted.
                changedPartitions += now == null ? 0 : 1;
                Map<Integer, Object> hashesBefore = readByMarts ? yearHashes(connection, table) : Map.of();
                execute(connection, "DROP TABLE " + table.name());
                loadTable(connection, table);
                if (readByMarts) {
                    changed = changed.add(changedYears(table, hashesBefore, yearHashes(connection, table)));
                }
            }
        }
        refreshMarts(connection, changed);
        record(connection, sources, definition, "incremental", changedPartitions, changed);
    }

    private static Set<String> changedPartitions(Map<String, String> before, Map<String, String> now) {
        Set<String> changed = new TreeSet<>();
        before.forEach((partition, print) -> {
            if (!print.equals(now.get(partition))) {
                changed.add(partition);
            }
        });
        now.forEach((partition, print) -> {
            if (!print.equals(before.get(partition))) {
                changed.add(partition);
            }
        });
        return changed;
    }

    /** Replaces the rows of each changed partition; returns the years they belong to (none without a year): the partition's year and the data years of its rows before and after. */
    private static List<Integer> refreshPartitions(Connection connection, TableSchema table, SourcePartitions now,
            Set<String> partitions) throws SQLException {
        List<Integer> years = new ArrayList<>();
        for (String partition : partitions) {
            String predicate = table.partitionColumns().stream()
                    .map(column -> column + " = CAST(" + SqlTemplate.literal(SourcePartitions.value(partition, column))
                            + " AS " + table.column(column).orElseThrow().type().sql() + ")")
                    .collect(Collectors.joining(" AND "));
            years.addAll(dataYears(connection, table, predicate));
            execute(connection, SqlTemplate.load(DELETE_PARTITION).render(Map.of(
                    "table", table.name(), "partition_predicate", predicate)));
            List<Path> files = now.files().get(partition);
            if (files != null) {
                String hiveOptions = ", hive_partitioning = true, hive_types = " + table.sqlHiveTypes()
                        + ", union_by_name = true";
                execute(connection, SqlTemplate.load(INSERT_PARTITION).render(Map.of(
                        "table", table.name(),
                        "cast_select_list", table.sqlCastSelectList(sourceColumns(connection, files, hiveOptions)),
                        "parquet_files", parquetList(files),
                        "hive_types", table.sqlHiveTypes())));
            }
            years.addAll(dataYears(connection, table, predicate));
            if (table.partitionColumns().contains("year")) {
                years.add(Integer.parseInt(SourcePartitions.value(partition, "year")));
            }
        }
        return years;
    }

    /** The data years of a partition's rows (before its rows are replaced, and after), for tables that have them. */
    private static List<Integer> dataYears(Connection connection, TableSchema table, String predicate)
            throws SQLException {
        List<Integer> years = new ArrayList<>();
        if (table.column("data_year").isEmpty()) {
            return years;
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SqlTemplate.load(PARTITION_DATA_YEARS)
                .render(Map.of("table", table.name(), "partition_predicate", predicate)))) {
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
        }
        return years;
    }

    private static ChangedYears changedYears(TableSchema table, Map<Integer, Object> before, Map<Integer, Object> after) {
        if (table.column("year").isEmpty()) {
            return Objects.equals(before, after) ? ChangedYears.none() : ChangedYears.every();
        }
        Set<Integer> years = new TreeSet<>();
        before.forEach((year, hash) -> {
            if (!hash.equals(after.get(year))) {
                years.add(year);
            }
        });
        after.forEach((year, hash) -> {
            if (!hash.equals(before.get(year))) {
                years.add(year);
            }
        });
        return ChangedYears.none().add(years, table.martReach());
    }

    private static Map<Integer, Object> yearHashes(Connection connection, TableSchema table) throws SQLException {
        Map<Integer, Object> hashes = new HashMap<>();
        String yearColumn = table.column("year").isPresent() ? "year" : "CAST(NULL AS INTEGER)";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SqlTemplate.load(YEAR_HASHES)
                .render(Map.of("table", table.name(), "year_column", yearColumn)))) {
            while (rs.next()) {
                hashes.put((Integer) rs.getObject(1), rs.getObject(2));
            }
        }
        return hashes;
    }

    /**
     * Computes the marts' rows of the changed years again. The statistics views are created in the
     * build's scratch database, reading the warehouse's tables, except the enterprise rows, which
     * {@code mart_window.sql} narrows to the years needed; each mart's rows then replace those of its
     * table. Marts without a year are computed whole.
     */
    private static void refreshMarts(Connection connection, ChangedYears changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        execute(connection, "USE memory");
        execute(connection, "SET search_path = 'memory.main,warehouse.main'");
        if (!changed.all()) {
            execute(connection, SqlTemplate.load(MART_WINDOW).render(Map.of("window_years", changed.sqlWindowYears())));
        }
        for (String file : viewFiles()) {
            String sql = SqlTemplate.load(file).text();
            if (CREATES_MORE_THAN_VIEWS.matcher(sql).find()) {
                continue;
            }
            execute(connection, sql);
            for (String mart : martViews(connection)) {
                String rows = changed.all() || !hasYear(connection, mart) ? "true" : "year IN (" + changed.sqlYears() + ")";
                execute(connection, SqlTemplate.load(REFRESH_MART).render(Map.of("mart", mart, "rows", rows)));
            }
        }
        execute(connection, "RESET search_path");
        execute(connection, "USE warehouse");
    }

    private static boolean hasYear(Connection connection, String mart) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM duckdb_columns()"
                + " WHERE database_name = 'warehouse' AND table_name = ? AND column_name = 'year'")) {
            s.setString(1, mart);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** The published tables whose names the statistics views' SQL mentions: a change in any other needs no mart refreshed. */
    private static Set<String> martInputs() {
        String views = viewFiles().stream().map(f -> SqlTemplate.load(f).text()).collect(Collectors.joining("\n"));
        return TableSchema.all().stream().map(TableSchema::name)
                .filter(name -> Pattern.compile("\\b" + name + "\\b").matcher(views).find())
                .collect(Collectors.toSet());
    }

    private static List<String> viewFiles() {
        return Resources.lines(VIEWS_INDEX).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> "sql/" + l.trim()).toList();
    }

    /**
     * Each mart just created becomes a table (see materialise_mart.sql), before the next file's views
     * are created, so that marts built on other marts read tables, not nested views.
     */
    private static void materialiseMarts(Connection connection) throws SQLException {
        for (String mart : martViews(connection)) {
            execute(connection, SqlTemplate.load(MATERIALISE_MART).render(Map.of("mart", mart)));
        }
    }

    private static List<String> martViews(Connection connection) throws SQLException {
        List<String> marts = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(SqlTemplate.load(MARTS_TO_MATERIALISE).text())) {
            while (rs.next()) {
                marts.add(rs.getString(1));
            }
        }
        return marts;
    }

    private void loadTable(Connection connection, TableSchema table) throws SQLException, IOException {
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
            return;
        }
        List<Path> files = dir == null ? List.of() : ParquetFolders.committedFiles(dir);
        if (files.isEmpty()) {
            execute(connection, SqlTemplate.load(CREATE_TABLE).render(Map.of(
                    "table", table.name(), "column_definitions", table.sqlColumnDefinitions())));
            return;
        }
        boolean partitioned = !table.partitionColumns().isEmpty();
        String readOptions = (partitioned
                ? ", hive_partitioning = true, hive_types = " + table.sqlHiveTypes()
                : ", hive_partitioning = false") + ", union_by_name = true";
        execute(connection, SqlTemplate.load(LOAD_TABLE).render(Map.of(
                "table", table.name(),
                "column_definitions", table.sqlColumnDefinitions(),
                "cast_select_list", table.sqlCastSelectList(sourceColumns(connection, files, readOptions)),
                "parquet_files", parquetList(files),
                "read_options", readOptions)));
    }

    /**
     * The columns the files have between them, read with {@code readOptions} (union_by_name among them):
     * a file written before a column was added to the table lacks it.
     */
    private static Set<String> sourceColumns(Connection connection, List<Path> files, String readOptions)
            throws SQLException {
        Set<String> columns = new HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SqlTemplate.load(SOURCE_COLUMNS)
                .render(Map.of("parquet_files", parquetList(files), "read_options", readOptions)))) {
            while (rs.next()) {
                columns.add(rs.getString("column_name"));
            }
        }
        return columns;
    }

    private static String parquetList(List<Path> files) {
        return files.stream().map(f -> SqlTemplate.literal(f.toAbsolutePath().toString()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static void record(Connection connection, Map<String, SourcePartitions> sources, String definition,
            String mode, long changedPartitions, ChangedYears martYears) throws SQLException {
        execute(connection, SqlTemplate.load(CREATE_RECORD).text());
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO build.source_partition VALUES (?, ?, ?)")) {
            for (SourcePartitions table : sources.values()) {
                for (Map.Entry<String, String> partition : table.fingerprints().entrySet()) {
                    s.setString(1, table.table());
                    s.setString(2, partition.getKey());
                    s.setString(3, partition.getValue());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO build.definition VALUES (?)")) {
            s.setString(1, definition);
            s.execute();
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO build.last_build VALUES (?, ?, ?)")) {
            s.setString(1, mode);
            s.setLong(2, changedPartitions);
            s.setString(3, martYears.toString());
            s.execute();
        }
    }

    /**
     * Attaches the copy of the previous warehouse when it was built with the same definitions; a file
     * of an earlier release (no record, other definitions, or another storage version) is not used.
     */
    private static boolean attachPrevious(Connection connection, Path copy, String definition) throws SQLException {
        try {
            attach(connection, copy);
        } catch (SQLException e) {
            return false;
        }
        if (definition.equals(recordedDefinition(connection))) {
            return true;
        }
        detach(connection);
        return false;
    }

    private static String recordedDefinition(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(SqlTemplate.load(HAS_RECORD).text())) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return null;
            }
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(SqlTemplate.load(READ_DEFINITION).text())) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Map<String, Map<String, String>> recordedSources(Connection connection) throws SQLException {
        Map<String, Map<String, String>> sources = new HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(SqlTemplate.load(READ_SOURCES).text())) {
            while (rs.next()) {
                sources.computeIfAbsent(rs.getString(1), t -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        return sources;
    }

    /**
     * What the build's result depends on besides the data: the tables' schemas, every SQL file it runs
     * and the DuckDB library. A new release that changes any of them rebuilds from scratch.
     */
    private static String definitionFingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> parts = new ArrayList<>();
            for (TableSchema table : TableSchema.all()) {
                parts.add(table.name() + "|" + table.sqlColumnDefinitions() + "|" + table.partitionColumns());
            }
            for (String file : viewFiles()) {
                parts.add(Resources.text(file));
            }
            for (String file : List.of(LOAD_TABLE, LOAD_TABLE_JSON, CREATE_TABLE, ATTACH_WAREHOUSE, MATERIALISE_MART,
                    INSERT_PARTITION, MART_WINDOW, REFRESH_MART)) {
                parts.add(Resources.text(file));
            }
            parts.add(String.valueOf(DuckDBDriver.class.getPackage().getImplementationVersion()));
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long countPartitions(Collection<SourcePartitions> sources) {
        return sources.stream().mapToLong(s -> s.fingerprints().size()).sum();
    }

    private static void attach(Connection connection, Path file) throws SQLException {
        execute(connection, SqlTemplate.load(ATTACH_WAREHOUSE).render(Map.of(
                "file", SqlTemplate.literal(file.toAbsolutePath().toString()))));
    }

    private static void detach(Connection connection) throws SQLException {
        execute(connection, "USE memory");
        execute(connection, "DETACH warehouse");
    }

    private static long rowCount(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM warehouse.main." + table)) {
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
