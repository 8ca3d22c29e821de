package org.imon.delivery;

import java.util.List;
import java.util.Optional;

import org.imon.reports.ReportKind;

/**
 * What one delivery run does.
 *
 * @param reports the reports asked for; empty means every report rendered for the period
 * @param dryRun  write {@code .eml} files instead of sending, and record nothing in the ledger
 * @param resend  send again even what the ledger says was sent
 * @param smtp    the server; may be empty only for a dry run
 */
public record DeliveryOptions(List<ReportKind> reports, boolean dryRun, boolean resend, Optional<SmtpSettings> smtp,
        Backoff backoff) {

    /** Every rendered report, sent once, as the nightly schedule wants it. */
    public static DeliveryOptions everyReport(SmtpSettings smtp) {
        return new DeliveryOptions(List.of(), false, false, Optional.of(smtp), Backoff.DEFAULT);
    }
}
