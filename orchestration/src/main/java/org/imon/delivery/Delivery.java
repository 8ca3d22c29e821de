package org.imon.delivery;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.imon.reports.MonthlyCircular;
import org.imon.reports.ReportKind;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;
import org.imon.warehouse.profile.CityProfile;

/**
 * 报告邮件发送: every rendered report of a period to each recipient who receives it, exactly once per
 * content. The ledger is consulted before every message and written before and after it; a report
 * whose content changed goes out again marked 更正; failures are retried, recorded per recipient and
 * reported to the operators in one notice.
 */
public final class Delivery {

    /** Where delivery reads and writes, all under the imon home. */
    public record Paths(Path reports, Path warehouseFile, Path ledger, Path outbox) {
        public static Paths of(HomeLayout home) {
            return new Paths(home.reports(), home.warehouseFile(), home.deliveryLedger(), home.outbox());
        }
    }

    private final Paths paths;
    private final CityProfile profile;
    /** Set once the server could not be reached or refused the login; the rest of the run is not attempted. */
    private SendFailure serverDown;
    private final ReportingPeriod period;
    private final DeliveryOptions options;
    private final PrintWriter out;
    /** The sender; a dry run without SMTP settings writes its previews as from the local host. */
    private final InternetAddress from;

    private Delivery(Paths paths, CityProfile profile, ReportingPeriod period, DeliveryOptions options,
            PrintWriter out) throws AddressException {
        this.paths = paths;
        this.profile = profile;
        this.period = period;
        this.options = options;
        this.out = out;
        this.from = options.smtp().isPresent() ? options.smtp().get().from() : new InternetAddress("imon@localhost");
    }

    /**
     * Delivers the period's reports. Bad recipients, a report asked for but not rendered, or no SMTP
     * settings on a real run stop it before anything is sent (an exception with the reason).
     */
    public static DeliveryOutcome deliver(Paths paths, CityProfile profile, ReportingPeriod period,
            DeliveryOptions options, PrintWriter out) throws Exception {
        return new Delivery(paths, profile, period, options, out).run();
    }

    private DeliveryOutcome run() throws Exception {
        List<Recipient> recipients = RecipientList.load(profile);
        Map<ReportKind, RenderedReport> reports = renderedReports();
        if (!options.dryRun() && options.smtp().isEmpty()) {
            throw new IllegalStateException("未配置发信服务器：请设置 IMON_SMTP_HOST 等环境变量或 " + SmtpSettings.CONFIG_VARIABLE
                    + "（见 docs/delivery.md），或先用 --dry-run 预览");
        }
        String headline = headline();
        try (DeliveryLedger ledger = DeliveryLedger.open(paths.ledger());
                Mailer mailer = options.dryRun() ? OutboxMailer.emptied(paths.outbox().resolve(period.toString()))
                        : new SmtpMailer(options.smtp().orElseThrow(), options.backoff(), out)) {
            warnAboutInterrupted(ledger);
            List<Planned> plan = new ArrayList<>();
            int alreadySent = plan(recipients, reports, ledger, plan);
            out.printf("%s 报告邮件：%d 封待发送，%d 封此前已发送%s。%n", period.label(), plan.size(), alreadySent,
                    options.dryRun() ? "（预览，不发送）" : "");
            List<DeliveryOutcome.NotReached> notReached = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                MimeMessage message = ReportMessage.compose(mailer.session(), from, profile, plan.get(i).report(),
                        plan.get(i).recipient(), plan.get(i).correction(), headline, plan.get(i).messageId(), Instant.now());
                send(plan.get(i), message, mailer, ledger).ifPresent(notReached::add);
                if (i + 1 < plan.size()) {
                    pause();
                }
            }
            DeliveryOutcome outcome = new DeliveryOutcome(plan.size() - notReached.size(), alreadySent,
                    List.copyOf(notReached));
            if (!notReached.isEmpty()) {
                reportFailures(outcome, mailer);
            }
            return outcome;
        }
    }

    /** Sends one message between its ledger records: queued before, sent or failed after. */
    private Optional<DeliveryOutcome.NotReached> send(Planned p, MimeMessage message, Mailer mailer,
            DeliveryLedger ledger) throws Exception {
        if (serverDown != null) {
            // Retrying each message against a server that is down would hold the night for minutes per message.
            String reason = "未尝试发送（此前" + serverDown.getMessage() + "）";
            record(ledger, p.record(LedgerRecord.FAILED, null, reason));
            return Optional.of(new DeliveryOutcome.NotReached(p.recipient(), p.report(), reason));
        }
        record(ledger, p.record(LedgerRecord.QUEUED, null, null));
        try {
            String reply = mailer.send(message);
            record(ledger, p.record(LedgerRecord.SENT, reply, null));
            out.printf("  %s %s → %s: %s%n", options.dryRun() ? "已写入" : "已发送",
                    (p.correction() ? ReportMessage.CORRECTION_MARK : "") + p.report().kind().title(),
                    p.recipient().describe(), reply);
            return Optional.empty();
        } catch (SendFailure failure) {
            if (failure.serverWide()) {
                serverDown = failure;
            }
            record(ledger, p.record(LedgerRecord.FAILED, null, failure.getMessage()));
            out.printf("  未送达 %s → %s: %s%n", p.report().kind().title(), p.recipient().describe(),
                    failure.getMessage());
            return Optional.of(new DeliveryOutcome.NotReached(p.recipient(), p.report(), failure.getMessage()));
        } finally {
            out.flush();
        }
    }

    /** A dry run sends nothing, so it records nothing. */
    private void record(DeliveryLedger ledger, LedgerRecord record) throws IOException {
        if (!options.dryRun()) {
            ledger.append(record);
        }
    }

    /** One message to send: who, which report, whether it corrects an earlier one, and its Message-ID. */
    private record Planned(Recipient recipient, RenderedReport report, boolean correction, String messageId) {
        LedgerRecord record(String status, String reply, String reason) {
            return new LedgerRecord(Instant.now().toString(), report.period().toString(), report.kind().cliName(),
                    recipient.name(), recipient.email(), report.sha256(), status, correction, messageId, reply, reason);
        }
    }

    /** Adds this run's messages to {@code plan} in recipient order; returns how many were sent before. */
    private int plan(List<Recipient> recipients, Map<ReportKind, RenderedReport> reports, DeliveryLedger ledger,
            List<Planned> plan) {
        int alreadySent = 0;
        for (Recipient recipient : recipients) {
            for (ReportKind kind : recipient.reports()) {
                RenderedReport report = reports.get(kind);
                if (report == null) {
                    continue;
                }
                DeliveryKey key = new DeliveryKey(recipient.email(), kind.cliName(), period.toString(), report.sha256());
                int timesSent = ledger.timesSent(key);
                if (timesSent > 0 && !options.resend()) {
                    alreadySent++;
                    continue;
                }
                boolean correction = timesSent == 0 && ledger.anySent(recipient.email(), kind.cliName(),
                        period.toString());
                plan.add(new Planned(recipient, report, correction, MessageIds.of(key, timesSent, from.getAddress())));
            }
        }
        return alreadySent;
    }

    /**
     * The reports this run sends: those asked for, each of which must be rendered; or, when none was
     * asked for, every report rendered for the period (the others are named and left out).
     */
    private Map<ReportKind, RenderedReport> renderedReports() throws Exception {
        Map<ReportKind, RenderedReport> rendered = new LinkedHashMap<>();
        List<ReportKind> wanted = options.reports().isEmpty() ? List.of(ReportKind.values()) : options.reports();
        List<String> missing = new ArrayList<>();
        for (ReportKind kind : wanted) {
            RenderedReport.find(paths.reports(), kind, period).ifPresentOrElse(r -> rendered.put(kind, r),
                    () -> missing.add(kind.title() + "（" + kind.cliName() + "）"));
        }
        if (!options.reports().isEmpty() && !missing.isEmpty()) {
            throw new IllegalStateException(period.label() + " 的报告尚未生成，未发送任何邮件: " + String.join("、", missing)
                    + "（请先运行 imon report）");
        }
        if (rendered.isEmpty()) {
            throw new IllegalStateException(period.label() + " 没有已生成的报告（" + paths.reports().resolve(period.toString())
                    .toAbsolutePath() + "），请先运行 imon report");
        }
        if (!missing.isEmpty()) {
            out.printf("%s 尚未生成、本次不发送: %s%n", period.label(), String.join("、", missing));
        }
        return rendered;
    }

    private String headline() throws Exception {
        if (!Files.exists(paths.warehouseFile())) {
            throw new IllegalStateException("还没有数据仓库（请先运行 imon build）: " + paths.warehouseFile().toAbsolutePath());
        }
        try (Warehouse warehouse = Warehouse.openReadOnly(paths.warehouseFile())) {
            return MonthlyCircular.headline(warehouse, profile, period);
        }
    }

    /** The one unavoidable window: the server may have accepted these before the run died. */
    private void warnAboutInterrupted(DeliveryLedger ledger) {
        for (LedgerRecord r : ledger.interrupted()) {
            out.printf("注意：上次发送在 %s 中断，未记录结果: %s → %s，Message-ID %s。服务器可能已接收该邮件；"
                    + "本次将重新发送，请按该 Message-ID 在邮件服务器日志中核对是否重复。%n",
                    r.recordedAt(), r.report(), r.recipientEmail(), r.messageId());
        }
    }

    private void pause() throws InterruptedException {
        long millis = options.smtp().map(s -> s.pause().toMillis()).orElse(0L);
        if (!options.dryRun() && millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** Names everyone not reached and tells the operators in one notice. */
    private void reportFailures(DeliveryOutcome outcome, Mailer mailer) throws MessagingException {
        out.printf("以下 %d 封邮件未送达:%n", outcome.notReached().size());
        for (DeliveryOutcome.NotReached n : outcome.notReached()) {
            out.printf("  %s  %s: %s%n", n.recipient().describe(), n.report().kind().title(), n.reason());
        }
        if (options.dryRun()) {
            return;
        }
        var operators = profile.operatorsAddress();
        if (operators.isEmpty()) {
            out.printf("城市配置未设置运维邮箱（delivery.operators），未发送失败通知。%n");
            return;
        }
        try {
            mailer.send(FailureNotice.compose(mailer.session(), from, new InternetAddress(operators.get(), true),
                    profile, period, outcome));
            out.printf("已向运维邮箱 %s 发送失败通知。%n", operators.get());
        } catch (SendFailure failure) {
            out.printf("失败通知也未能发送到 %s: %s%n", operators.get(), failure.getMessage());
        }
    }
}
