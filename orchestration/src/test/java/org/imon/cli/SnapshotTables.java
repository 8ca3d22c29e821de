package org.imon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.imon.etl.snapshot.SnapshotStore;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.Resources;
import org.imon.warehouse.schema.TableSchema;

/** The tables of a home's current snapshot, read straight from their Parquet files with DuckDB. */
final class SnapshotTables {
    private SnapshotTables() {
    }

    /** One table: its row count and a checksum of its rows. */
    record Table(long rows, String checksum) {
    }

    /** The names of the tables every snapshot holds, as the schemas declare them. */
    static Set<String> published() {
        Set<String> names = new TreeSet<>();
        TableSchema.all().stream().filter(t -> t.location() == TableSchema.Location.SNAPSHOT)
                .forEach(t -> names.add(t.name()));
        return names;
    }

    /** Every table of the current snapshot by name. */
    static Map<String, Table> current(Path home) throws Exception {
        Path snapshot = new SnapshotStore(new HomeLayout(home).snapshots()).current().orElseThrow().dir();
        Map<String, Table> tables = new TreeMap<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement query = duckdb.prepareStatement(Resources.text("sql/snapshot_table.sql"));
                Stream<Path> folders = Files.list(snapshot)) {
            // Names starting with _ or . are the snapshot's own bookkeeping (its ledger entry), not tables.
            for (Path table : folders.filter(Files::isDirectory)
                    .filter(f -> !f.getFileName().toString().startsWith("_")
                            && !f.getFileName().toString().startsWith(".")).toList()) {
                query.setString(1, table.resolve("**/*.parquet").toString());
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    tables.put(table.getFileName().toString(), new Table(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return tables;
    }
}
