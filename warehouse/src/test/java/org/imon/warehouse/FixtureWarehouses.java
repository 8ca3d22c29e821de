package org.imon.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixtures under {@code fixtures/} (each with every expected figure worked out in its README.md),
 * each built once into a warehouse that every test class queries read-only.
 */
final class FixtureWarehouses {
    private static final Map<String, Warehouse> BUILT = new HashMap<>();

    private FixtureWarehouses() {
    }

    static synchronized Warehouse warehouse(String fixture) throws Exception {
        Warehouse built = BUILT.get(fixture);
        if (built == null) {
            Path dir = Files.createTempDirectory(fixture);
            Warehouse warehouse = Warehouse.openReadOnly(PublishedFixture.buildWarehouse(fixture, dir));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    warehouse.close();
                    ParquetFolders.deleteRecursively(dir);
                } catch (Exception e) {
                    // The temporary folder is left behind; nothing else depends on it.
                }
            }));
            BUILT.put(fixture, warehouse);
            built = warehouse;
        }
        return built;
    }

    /** Rows of a query with JDBC {@code ?} parameters. */
    static List<Map<String, Object>> rows(String fixture, String sql, Object... parameters) throws Exception {
        try (PreparedStatement s = warehouse(fixture).connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return Warehouse.rows(rs);
            }
        }
    }

    /** The one row a query must return. */
    static Map<String, Object> one(String fixture, String sql, Object... parameters) throws Exception {
        List<Map<String, Object>> rows = rows(fixture, sql, parameters);
        assertEquals(1, rows.size(), sql);
        return rows.get(0);
    }
}
