package org.imon.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery ledger's JSON lines become the {@code report_delivery} table, typed as its schema
 * declares; a last line torn by a power cut is left out.
 */
class ReportDeliveryTableTest {
    @TempDir
    Path dir;

    @Test
    void deliveryLedgerLinesAreLoadedTypedAndATornLineIsLeftOut() throws Exception {
        Path ledger = dir.resolve("ledger/report_delivery");
        Files.createDirectories(ledger);
        Files.writeString(ledger.resolve("deliveries.jsonl"), String.join("\n",
                "{\"recorded_at\":\"2024-07-15T08:00:00.123Z\",\"period\":\"2024-06\",\"report\":\"circular\","
                        + "\"recipient_name\":\"李明\",\"recipient_email\":\"liming@example.cn\",\"content_sha256\":\"ab12\","
                        + "\"status\":\"queued\",\"correction\":false,\"message_id\":\"<m1@example.cn>\","
                        + "\"server_reply\":null,\"reason\":null}",
                "{\"recorded_at\":\"2024-07-15T08:00:01Z\",\"period\":\"2024-06\",\"report\":\"circular\","
                        + "\"recipient_name\":\"李明\",\"recipient_email\":\"liming@example.cn\",\"content_sha256\":\"ab12\","
                        + "\"status\":\"sent\",\"correction\":true,\"message_id\":\"<m1@example.cn>\","
                        + "\"server_reply\":\"250 OK\",\"reason\":null}",
                "{\"recorded_at\":\"2024-07-15T08:00:02Z\",\"period\":\"2024-06\",\"rep"));
        Path warehouse = dir.resolve("warehouse.duckdb");
        new WarehouseBuilder(PublishedFixture.write("three_regions", dir.resolve("published")), dir.resolve("ledger"))
                .build(warehouse);

        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT recorded_at, recipient_name, status, correction, server_reply "
                        + "FROM report_delivery ORDER BY recorded_at")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getObject(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getObject(4) + " "
                        + rs.getString(5));
            }
            assertEquals(List.of("2024-07-15 08:00:00.123 李明 queued false null",
                    "2024-07-15 08:00:01.0 李明 sent true 250 OK"), rows);
        }
    }
}
