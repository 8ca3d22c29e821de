package org.imon.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

/** Queries the tests run against a fixture warehouse. */
final class FixtureQueries {
    private FixtureQueries() {
    }

    static List<Map<String, Object>> rows(Warehouse warehouse, String sql) throws Exception {
        try (PreparedStatement s = warehouse.connection().prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            return Warehouse.rows(rs);
        }
    }

    static Map<String, Object> one(Warehouse warehouse, String sql) throws Exception {
        List<Map<String, Object>> rows = rows(warehouse, sql);
        assertEquals(1, rows.size(), sql);
        return rows.get(0);
    }
}
