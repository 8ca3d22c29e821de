package org.imon.warehouse.schema;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.imon.warehouse.Resources;

/**
 * A published table, defined once in {@code schema/<table>.tsv}. Spark writes its Parquet with this
 * schema and DuckDB creates its table from it, so the two can never drift apart.
 */
public record TableSchema(String name, String chineseName, Location location, List<Column> columns,
        List<String> partitionColumns, MartReach martReach) implements Serializable {

    /** Where a table's Parquet lives: in each snapshot, or in the run ledger that outlives them. */
    public enum Location { SNAPSHOT, LEDGER }

    /**
     * How many years before and after a changed year of this table hold mart rows computed from it,
     * besides the year itself and the next ({@code # mart_reach: before N, after N}): figures chained over
     * the years of a plan (单位工业增加值能耗 since a base year) reach further than one year's growth.
     */
    public record MartReach(int before, int after) implements Serializable {
        static final MartReach NONE = new MartReach(0, 0);
        private static final Pattern BEFORE = Pattern.compile("before (\\d+)");
        private static final Pattern AFTER = Pattern.compile("after (\\d+)");

        static MartReach parse(String directive) {
            Matcher before = BEFORE.matcher(directive);
            Matcher after = AFTER.matcher(directive);
            return new MartReach(before.find() ? Integer.parseInt(before.group(1)) : 0,
                    after.find() ? Integer.parseInt(after.group(1)) : 0);
        }
    }

    private static final String DIRECTIVE_ZH = "# zh:";
    private static final String DIRECTIVE_PARTITION = "# partitioned_by:";
    private static final String DIRECTIVE_LOCATION = "# location:";
    private static final String DIRECTIVE_MART_REACH = "# mart_reach:";

    public static TableSchema load(String table) {
        String path = "schema/" + table + ".tsv";
        String chineseName = "";
        List<String> partitions = List.of();
        Location location = Location.SNAPSHOT;
        MartReach reach = MartReach.NONE;
        List<Column> columns = new ArrayList<>();
        boolean headerSeen = false;
        for (String line : Resources.lines(path)) {
            if (line.startsWith(DIRECTIVE_ZH)) {
                chineseName = line.substring(DIRECTIVE_ZH.length()).trim();
            } else if (line.startsWith(DIRECTIVE_PARTITION)) {
                partitions = Arrays.stream(line.substring(DIRECTIVE_PARTITION.length()).split(","))
                        .map(String::trim).toList();
            } else if (line.startsWith(DIRECTIVE_LOCATION)) {
                location = Location.valueOf(line.substring(DIRECTIVE_LOCATION.length()).trim().toUpperCase());
            } else if (line.startsWith(DIRECTIVE_MART_REACH)) {
                reach = MartReach.parse(line.substring(DIRECTIVE_MART_REACH.length()));
            } else if (line.startsWith("#") || line.isBlank()) {
                continue;
            } else if (!headerSeen) {
                headerSeen = true;
            } else {
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new IllegalStateException(path + ": expected 5 tab-separated fields: " + line);
                }
                columns.add(new Column(f[0], ColumnType.parse(f[1]), f[2], f[3], f[4]));
            }
        }
        TableSchema schema = new TableSchema(table, chineseName, location, List.copyOf(columns), partitions, reach);
        partitions.forEach(p -> schema.column(p)
                .orElseThrow(() -> new IllegalStateException(path + ": unknown partition column " + p)));
        return schema;
    }

    /** Every published table, in load order (dimensions before facts). */
    public static List<TableSchema> all() {
        return Resources.lines("schema/tables.txt").stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(String::trim)
                .map(TableSchema::load)
                .toList();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** {@code name TYPE, ...}: the column list of a CREATE TABLE. */
    public String sqlColumnDefinitions() {
        return columns.stream().map(c -> c.name() + " " + c.type().sql()).collect(Collectors.joining(",\n    "));
    }

    /** {@code CAST(name AS TYPE) AS name, ...}: reads any source into exactly this schema. */
    public String sqlCastSelectList() {
        return sqlCastSelectList(columnNames());
    }

    /**
     * The same for a source that has only the given columns: the others are NULL. A snapshot written
     * before a column was added to the table (fact_target's base_year, for one) still builds, and an
     * optional column a department's file leaves out reads as it would have been loaded.
     */
    public String sqlCastSelectList(Collection<String> sourceColumns) {
        return columns.stream()
                .map(c -> "CAST(" + (sourceColumns.contains(c.name()) ? c.name() : "NULL") + " AS " + c.type().sql()
                        + ") AS " + c.name())
                .collect(Collectors.joining(",\n    "));
    }

    /** DuckDB's {@code columns} struct reading every column as text, to be cast by {@link #sqlCastSelectList}. */
    public String sqlTextColumns() {
        return columns.stream().map(c -> "'" + c.name() + "': 'VARCHAR'").collect(Collectors.joining(", ", "{", "}"));
    }

    /** DuckDB's {@code hive_types} struct for the partition columns. */
    public String sqlHiveTypes() {
        return partitionColumns.stream()
                .map(p -> "'" + p + "': " + column(p).orElseThrow().type().sql())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
