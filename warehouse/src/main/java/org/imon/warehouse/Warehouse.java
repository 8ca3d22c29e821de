package org.imon.warehouse;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.imon.warehouse.sql.SqlTemplate;

/**
 * Read-only access to a built {@code warehouse.duckdb}: what reports and analysts' commands use. Any
 * number of processes may hold it read-only while {@code imon build} prepares the next file.
 */
public final class Warehouse implements AutoCloseable {
    private final Connection connection;

    private Warehouse(Connection connection) {
        this.connection = connection;
    }

    public static Warehouse openReadOnly(Path file) throws SQLException {
        return open(file, new Properties());
    }

    /**
     * For analysts' ad-hoc SQL: read-only, and with no access to files outside the warehouse, so
     * that neither the warehouse nor anything else can be written ({@code COPY … TO} included).
     */
    public static Warehouse openForAnalysts(Path file) throws SQLException {
        Properties props = new Properties();
        props.setProperty("enable_external_access", "false");
        props.setProperty("lock_configuration", "true");
        return open(file, props);
    }

    private static Warehouse open(Path file, Properties props) throws SQLException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("数据仓库文件不存在: " + file + "（请先运行 imon build）");
        }
        props.setProperty("duckdb.read_only", "true");
        return new Warehouse(DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props));
    }

    /** Runs a query kept in a {@code .sql} resource, with JDBC {@code ?} parameters. */
    public List<Map<String, Object>> query(String sqlResource, Object... parameters) throws SQLException {
        String sql = SqlTemplate.load(sqlResource).text();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rows(rs);
            }
        }
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** Rows as column-name maps; DECIMAL values stay {@link BigDecimal}. */
    public static List<Map<String, Object>> rows(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                row.put(meta.getColumnLabel(c), rs.getObject(c));
            }
            rows.add(row);
        }
        return rows;
    }
}
