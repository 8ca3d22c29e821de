package org.imon.delivery;

import java.nio.charset.StandardCharsets;

/**
 * Message-IDs that depend only on what is sent: recipient, report, period, content and how many
 * times this content was sent before. A rerun after a crash sends the same ID again, which lets an
 * operator find in the server's log whether the interrupted message had gone out; a {@code --resend}
 * gets a new one, since some servers drop a second message with an ID they have seen.
 */
final class MessageIds {
    private MessageIds() {
    }

    static String of(DeliveryKey key, int timesSentBefore, String fromAddress) {
        String identity = String.join("|", key.recipientEmail().toLowerCase(), key.report(), key.period(),
                key.contentSha256(), Integer.toString(timesSentBefore));
        String hash = Sha256.hex(identity.getBytes(StandardCharsets.UTF_8));
        String domain = fromAddress.substring(fromAddress.indexOf('@') + 1);
        return "<" + hash.substring(0, 32) + "." + key.report() + "." + key.period() + "@" + domain + ">";
    }
}
