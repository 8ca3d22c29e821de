package org.imon.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger: appended and read back, a torn last line cut off, interrupted messages found, one run at a time. */
class DeliveryLedgerTest {
    @TempDir
    Path dir;

    @Test
    void recordsReadBackAndATornLastLineIsCutOffBeforeAppending() throws Exception {
        try (DeliveryLedger ledger = DeliveryLedger.open(dir)) {
            ledger.append(record("queued", "<a@x>"));
            ledger.append(record("sent", "<a@x>"));
            ledger.append(record("queued", "<b@x>"));
        }
        Path file = dir.resolve(DeliveryLedger.FILE_NAME);
        Files.writeString(file, Files.readString(file) + "{\"recorded_at\":\"2024-07-1", StandardOpenOption.TRUNCATE_EXISTING);
        assertEquals(3, DeliveryLedger.read(dir).size());
        try (DeliveryLedger ledger = DeliveryLedger.open(dir)) {
            assertEquals(List.of("<b@x>"), ledger.interrupted().stream().map(LedgerRecord::messageId).toList());
            DeliveryKey key = new DeliveryKey("LiMing@example.cn", "circular", "2024-06", "ab12");
            assertEquals(1, ledger.timesSent(key));
            ledger.append(record("failed", "<b@x>"));
            assertEquals(List.of(), ledger.interrupted());
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(4, lines.size());
        assertEquals("{\"recorded_at\":\"2024-07-15T08:00:00Z\",\"period\":\"2024-06\",\"report\":\"circular\","
                + "\"recipient_name\":\"李明\",\"recipient_email\":\"liming@example.cn\",\"content_sha256\":\"ab12\","
                + "\"status\":\"failed\",\"correction\":false,\"message_id\":\"<b@x>\",\"server_reply\":null,"
                + "\"reason\":null}", lines.get(3));
    }

    @Test
    void oneRunAtATime() throws Exception {
        try (DeliveryLedger ledger = DeliveryLedger.open(dir)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> DeliveryLedger.open(dir));
            assertEquals("另一个 imon deliver 正在使用发送记录: " + dir.resolve(DeliveryLedger.FILE_NAME).toAbsolutePath(),
                    e.getMessage());
        }
    }

    private static LedgerRecord record(String status, String messageId) {
        return new LedgerRecord("2024-07-15T08:00:00Z", "2024-06", "circular", "李明", "liming@example.cn", "ab12",
                status, false, messageId, null, null);
    }
}
