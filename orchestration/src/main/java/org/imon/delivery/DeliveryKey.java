package org.imon.delivery;

/** What "never twice" counts: one recipient, one report, one period, one content. */
public record DeliveryKey(String recipientEmail, String report, String period, String contentSha256) {
}
