package org.imon.warehouse;

import java.util.List;
import java.util.Map;

/** The three-region fixture (fixtures/three_regions/, every expected figure worked out in its README.md). */
final class ThreeRegions {
    private static final String FIXTURE = "three_regions";

    private ThreeRegions() {
    }

    static Warehouse warehouse() throws Exception {
        return FixtureWarehouses.warehouse(FIXTURE);
    }

    /** Rows of a query with JDBC {@code ?} parameters. */
    static List<Map<String, Object>> rows(String sql, Object... parameters) throws Exception {
        return FixtureWarehouses.rows(FIXTURE, sql, parameters);
    }

    /** The one row a query must return. */
    static Map<String, Object> one(String sql, Object... parameters) throws Exception {
        return FixtureWarehouses.one(FIXTURE, sql, parameters);
    }
}
