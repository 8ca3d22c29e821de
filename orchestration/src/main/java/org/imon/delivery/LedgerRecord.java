package org.imon.delivery;

/**
 * One line of the delivery ledger (发送记录), as the warehouse's {@code report_delivery} table declares
 * it: a message for one recipient, report, period and content hash, queued before it is handed to the
 * server, then sent (with the server's reply) or failed (with the reason).
 */
public record LedgerRecord(String recordedAt, String period, String report, String recipientName,
        String recipientEmail, String contentSha256, String status, boolean correction, String messageId,
        String serverReply, String reason) {

    public static final String QUEUED = "queued";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";

    /** Whether this record is about the given message: same recipient, report, period and content. */
    boolean concerns(DeliveryKey key) {
        return key.recipientEmail().equalsIgnoreCase(recipientEmail) && key.report().equals(report)
                && key.period().equals(period) && key.contentSha256().equals(contentSha256);
    }
}
