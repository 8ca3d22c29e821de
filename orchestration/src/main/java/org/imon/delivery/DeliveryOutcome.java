package org.imon.delivery;

import java.util.List;

/**
 * What a delivery run achieved: how many messages went out, how many were already sent before, and
 * every recipient not reached with the reason.
 */
public record DeliveryOutcome(int sent, int alreadySent, List<NotReached> notReached) {

    /** A report that did not reach a recipient. */
    public record NotReached(Recipient recipient, RenderedReport report, String reason) {
    }

    /** 0 when everyone was reached (or there was nothing to send), 1 when someone was not. */
    public int exitCode() {
        return notReached.isEmpty() ? 0 : 1;
    }
}
