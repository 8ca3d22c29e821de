package org.imon.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

/**
 * The three-region fixture (fixtures/three_regions/, every expected figure worked out in its
 * README.md) built once into a warehouse that every test class queries read-only.
 */
final class ThreeRegions {
    private static Warehouse warehouse;

    private ThreeRegions() {
    }

    static synchronized Warehouse warehouse() throws Exception {
        if (warehouse == null) {
            Path dir = Files.createTempDirectory("three-regions");
            warehouse = Warehouse.openReadOnly(PublishedFixture.buildWarehouse("three_regions", dir));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    warehouse.close();
                    ParquetFolders.deleteRecursively(dir);
                } catch (Exception e) {
                    // The temporary folder is left behind; nothing else depends on it.
                }
            }));
        }
        return warehouse;
    }

    /** Rows of a query with JDBC {@code ?} parameters. */
    static List<Map<String, Object>> rows(String sql, Object... parameters) throws Exception {
        try (PreparedStatement s = warehouse().connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return Warehouse.rows(rs);
            }
        }
    }

    /** The one row a query must return. */
    static Map<String, Object> one(String sql, Object... parameters) throws Exception {
        List<Map<String, Object>> rows = rows(sql, parameters);
        assertEquals(1, rows.size(), sql);
        return rows.get(0);
    }
}
