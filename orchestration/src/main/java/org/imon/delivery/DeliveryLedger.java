package org.imon.delivery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import org.imon.files.LockedFile;

/**
 * The delivery ledger: {@code deliveries.jsonl} under the run ledger's {@code report_delivery}
 * folder, one JSON record a line, only ever appended, each line forced to disk before the next step.
 * A record is written as {@code queued} before a message goes to the server and as {@code sent} once
 * the server accepted it, so a run killed at any moment leaves a ledger from which the next run sends
 * exactly what was not accepted. One run at a time holds the ledger's lock.
 */
public final class DeliveryLedger implements AutoCloseable {
    public static final String FILE_NAME = "deliveries.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final LockedFile file;
    private final FileChannel channel;
    private final List<LedgerRecord> records;

    private DeliveryLedger(LockedFile file, List<LedgerRecord> records) {
        this.file = file;
        this.channel = file.channel();
        this.records = records;
    }

    /** Opens the ledger for appending, taking its lock; a line torn by a power cut is cut off first. */
    public static DeliveryLedger open(Path dir) throws IOException {
        Path path = dir.resolve(FILE_NAME);
        LockedFile file = LockedFile.tryOpen(path).orElseThrow(
                () -> new IllegalStateException("另一个 imon deliver 正在使用发送记录: " + path.toAbsolutePath()));
        FileChannel channel = file.channel();
        byte[] bytes = Files.readAllBytes(path);
        int complete = lastLineEnd(bytes);
        if (complete < bytes.length) {
            channel.truncate(complete);
            channel.force(true);
        }
        channel.position(complete);
        return new DeliveryLedger(file, parse(bytes, complete));
    }

    /** Every complete record, oldest first, without taking the lock (for {@code imon deliveries}). */
    public static List<LedgerRecord> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return List.of();
        }
        byte[] bytes = Files.readAllBytes(file);
        return parse(bytes, lastLineEnd(bytes));
    }

    public List<LedgerRecord> records() {
        return List.copyOf(records);
    }

    /** Appends one record and forces it to disk before returning. */
    public void append(LedgerRecord record) throws IOException {
        byte[] line = (JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(true);
        records.add(record);
    }

    /** How many times the server accepted this very message (recipient, report, period, content). */
    int timesSent(DeliveryKey key) {
        return (int) records.stream().filter(r -> r.concerns(key) && r.status().equals(LedgerRecord.SENT)).count();
    }

    /** Whether the recipient was sent this report of this period before, with any content. */
    boolean anySent(String recipientEmail, String report, String period) {
        return records.stream().anyMatch(r -> r.status().equals(LedgerRecord.SENT)
                && r.recipientEmail().equalsIgnoreCase(recipientEmail) && r.report().equals(report)
                && r.period().equals(period));
    }

    /**
     * Messages queued whose outcome was never recorded: the run died while handing them over, so the
     * server may or may not have accepted them.
     */
    List<LedgerRecord> interrupted() {
        List<LedgerRecord> open = new ArrayList<>();
        for (LedgerRecord r : records) {
            if (r.status().equals(LedgerRecord.QUEUED)) {
                open.add(r);
            } else {
                open.removeIf(q -> q.messageId().equals(r.messageId()));
            }
        }
        return open;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private static int lastLineEnd(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        return end;
    }

    private static List<LedgerRecord> parse(byte[] bytes, int length) throws IOException {
        List<LedgerRecord> records = new ArrayList<>();
        for (String line : new String(bytes, 0, length, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                records.add(JSON.readValue(line, LedgerRecord.class));
            }
        }
        return records;
    }
}
