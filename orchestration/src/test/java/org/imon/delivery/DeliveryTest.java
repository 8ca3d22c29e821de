package org.imon.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.imon.reports.ReportKind;
import org.imon.warehouse.WarehouseBuilder;
import org.imon.warehouse.profile.CityProfile;

/**
 * Delivery against a real SMTP server (GreenMail in-process), plain and through STARTTLS, with the
 * Xuchang profile's recipients and the fixture home of {@link DeliveryHome} (7 messages: the circular
 * to 5 recipients, the projects report to 2).
 */
class DeliveryTest {
    static final String PASSWORD = "Pw-7f3kQz-imon-secret";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("imon@example.cn", "imon", PASSWORD));

    @TempDir
    Path home;
    Delivery.Paths paths;
    final StringWriter console = new StringWriter();

    @BeforeEach
    void prepare() throws Exception {
        paths = DeliveryHome.create(home);
    }

    @Test
    void eachRecipientGetsEachOfTheirReportsOnceWithChineseSubjectAndAttachments() throws Exception {
        DeliveryOutcome outcome = deliver(options(settings(mail.getSmtp().getPort(), "none")));

        assertEquals(0, outcome.exitCode(), console.toString());
        assertEquals(DeliveryHome.MESSAGES, outcome.sent());
        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(DeliveryHome.MESSAGES, received.length);
        Map<String, List<String>> subjectsByRecipient = new HashMap<>();
        for (MimeMessage m : received) {
            subjectsByRecipient.computeIfAbsent(m.getAllRecipients()[0].toString(), k -> new ArrayList<>())
                    .add(m.getSubject());
        }
        assertEquals(Map.of(
                "zhangjianguo@example.cn", List.of("许昌市月度工业经济运行通报（2024年1-6月）", "许昌市重点项目（2024年1-6月）"),
                "liming@example.cn", List.of("许昌市月度工业经济运行通报（2024年1-6月）"),
                "wanghong@example.cn", List.of("许昌市月度工业经济运行通报（2024年1-6月）"),
                "zhaolei@example.cn", List.of("许昌市月度工业经济运行通报（2024年1-6月）【禹州市】"),
                "liufang@example.cn", List.of("许昌市月度工业经济运行通报（2024年1-6月）【长葛市】", "许昌市重点项目（2024年1-6月）【长葛市】")),
                subjectsByRecipient);

        MimeMessage circular = only(received, "liming@example.cn", "月度");
        String rawSubject = circular.getHeader("Subject", null);
        assertTrue(rawSubject.startsWith("=?UTF-8?"), "RFC 2047 encoded: " + rawSubject);
        Map<String, byte[]> attachments = attachments(circular);
        assertEquals(Set.of("月度工业经济运行通报_2024年1-6月.pdf", "月度工业经济运行通报_2024年1-6月.xlsx"),
                attachments.keySet());
        assertArrayEquals(Files.readAllBytes(DeliveryHome.file(home, ReportKind.CIRCULAR, ReportKind.Format.PDF)),
                attachments.get("月度工业经济运行通报_2024年1-6月.pdf"));
        assertArrayEquals(DeliveryHome.CIRCULAR_XLSX, attachments.get("月度工业经济运行通报_2024年1-6月.xlsx"));
        assertTrue(rawDisposition(circular).contains("filename*=UTF-8''"), "RFC 2231: " + rawDisposition(circular));
        // The circular's headline paragraph, as MonthlyCircularTest checks it in the PDF.
        String text = plainText(circular);
        assertTrue(text.startsWith("李明局长："), text);
        assertTrue(text.contains("2024年1-6月，全市规模以上工业增加值增长7.8%（全省增长7.2%）。"
                + "全市5家规模以上工业企业实现营业收入65.05亿元，增长13.5%；"), text);
        assertTrue(text.contains("实现利润总额3.21亿元，增长15.9%；营业收入利润率4.9%。"), text);
        assertTrue(circular.getMessageID().matches("<[0-9a-f]{32}\\.circular\\.2024-06@example\\.cn>"),
                circular.getMessageID());

        List<LedgerRecord> ledger = DeliveryLedger.read(paths.ledger());
        assertEquals(2 * DeliveryHome.MESSAGES, ledger.size());
        assertEquals(DeliveryHome.MESSAGES, ledger.stream().filter(r -> r.status().equals("sent")).count());
        assertTrue(ledger.stream().filter(r -> r.status().equals("sent")).allMatch(r -> r.serverReply().startsWith("250")));
    }

    @Test
    void aRerunSendsNothingAndAChangedReportGoesOutOnceMoreMarkedAsCorrection() throws Exception {
        DeliveryOptions options = options(settings(mail.getSmtp().getPort(), "none"));
        deliver(options);
        DeliveryOutcome rerun = deliver(options);
        assertEquals(0, rerun.sent());
        assertEquals(DeliveryHome.MESSAGES, rerun.alreadySent());
        assertEquals(DeliveryHome.MESSAGES, mail.getReceivedMessages().length);

        DeliveryHome.rerenderCircular(home);
        DeliveryOutcome correction = deliver(options);
        assertEquals(DeliveryHome.CIRCULAR_RECIPIENTS, correction.sent());
        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(DeliveryHome.MESSAGES + DeliveryHome.CIRCULAR_RECIPIENTS, received.length);
        // GreenMail lists messages by mailbox, not by arrival: pick the corrections by their subject.
        List<MimeMessage> corrections = Stream.of(received).filter(m -> subject(m).startsWith("【更正】")).toList();
        assertEquals(DeliveryHome.CIRCULAR_RECIPIENTS, corrections.size());
        assertEquals(DeliveryHome.CIRCULAR_RECIPIENTS, corrections.stream().map(DeliveryTest::firstRecipient).distinct().count());
        assertTrue(corrections.stream().allMatch(m -> subject(m).startsWith("【更正】许昌市月度工业经济运行通报（2024年1-6月）")));
        assertTrue(plainText(corrections.get(0)).contains("本邮件为更正版本"));
        assertEquals(0, deliver(options).sent());

        DeliveryOptions resend = new DeliveryOptions(List.of(ReportKind.PROJECTS), false, true, options.smtp(),
                options.backoff());
        assertEquals(2, deliver(resend).sent());
        MimeMessage[] all = mail.getReceivedMessages();
        assertEquals(all.length, Stream.of(all).map(DeliveryTest::messageId).distinct().count(),
                "a resent message gets a new Message-ID");
    }

    @Test
    void startTlsCarriesTheSameDelivery() throws Exception {
        try (SmtpFront front = new SmtpFront(mail.getSmtp().getPort(), true, 0, Set.of())) {
            DeliveryOutcome outcome = deliver(options(settings(front.port(), "starttls")));
            assertEquals(0, outcome.exitCode(), console.toString());
            assertEquals(DeliveryHome.MESSAGES, mail.getReceivedMessages().length);
            assertTrue(front.tlsUpgrades.get() >= 1);
        }
    }

    @Test
    void aServerThatRefusesTheFirstAttemptsIsRetried() throws Exception {
        try (SmtpFront front = new SmtpFront(mail.getSmtp().getPort(), false, 2, Set.of())) {
            DeliveryOutcome outcome = deliver(new DeliveryOptions(List.of(), false, false,
                    Optional.of(settings(front.port(), "none")), new Backoff(3, Duration.ofMillis(20))));
            assertEquals(0, outcome.exitCode(), console.toString());
            assertEquals(DeliveryHome.MESSAGES, mail.getReceivedMessages().length);
            assertTrue(console.toString().contains("暂时失败（第 1 次）: 451 4.3.0"), console.toString());
            assertTrue(console.toString().contains("暂时失败（第 2 次）: 451 4.3.0"), console.toString());
        }
    }

    @Test
    void aRejectedRecipientIsNamedExitsOneAndTheOperatorsAreNotified() throws Exception {
        try (SmtpFront front = new SmtpFront(mail.getSmtp().getPort(), false, 0, Set.of("liufang@example.cn"))) {
            DeliveryOptions options = options(settings(front.port(), "none"));
            DeliveryOutcome outcome = deliver(options);

            assertEquals(1, outcome.exitCode());
            assertEquals(DeliveryHome.MESSAGES - 2, outcome.sent());
            assertEquals(List.of("liufang@example.cn", "liufang@example.cn"),
                    outcome.notReached().stream().map(n -> n.recipient().email()).toList());
            assertTrue(outcome.notReached().get(0).reason().startsWith("550 5.1.1"), outcome.notReached().get(0).reason());
            assertTrue(console.toString().contains("刘芳（长葛市人民政府副市长）<liufang@example.cn>  月度工业经济运行通报: 550"),
                    console.toString());

            MimeMessage[] received = mail.getReceivedMessages();
            assertEquals(DeliveryHome.MESSAGES - 2 + 1, received.length);
            MimeMessage notice = only(received, "imon-ops@example.cn", "发送失败");
            assertEquals("许昌市报告邮件发送失败（2024年1-6月，2 封未送达）", notice.getSubject());
            String text = (String) notice.getContent();
            assertTrue(text.contains("刘芳（长葛市人民政府副市长）<liufang@example.cn>  月度工业经济运行通报\n    原因: 550 5.1.1"), text);
            assertTrue(text.contains("刘芳（长葛市人民政府副市长）<liufang@example.cn>  重点项目"), text);
            assertEquals(2, DeliveryLedger.read(paths.ledger()).stream().filter(r -> r.status().equals("failed")).count());

            // The failed ones are not "sent": a rerun tries exactly those again.
            DeliveryOutcome rerun = deliver(options);
            assertEquals(0, rerun.sent());
            assertEquals(DeliveryHome.MESSAGES - 2, rerun.alreadySent());
            assertEquals(2, rerun.notReached().size());
        }
    }

    @Test
    void aServerThatCannotBeReachedIsTriedOnceNotOncePerMessage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DeliveryOutcome outcome = deliver(new DeliveryOptions(List.of(), false, false,
                Optional.of(settings(closedPort, "none")), new Backoff(3, Duration.ofMillis(20))));

        assertEquals(1, outcome.exitCode());
        assertEquals(0, outcome.sent());
        assertEquals(DeliveryHome.MESSAGES, outcome.notReached().size(), "every message is named as not reached");
        // The first message spends its three attempts; the others are recorded without an attempt.
        assertTrue(outcome.notReached().get(0).reason().startsWith("无法连接发信服务器"),
                outcome.notReached().get(0).reason());
        assertEquals(DeliveryHome.MESSAGES - 1, outcome.notReached().stream()
                .filter(n -> n.reason().startsWith("未尝试发送（此前无法连接发信服务器")).count());
        assertEquals(DeliveryHome.MESSAGES, DeliveryLedger.read(paths.ledger()).stream()
                .filter(r -> r.status().equals("failed")).count());
        assertEquals(0, mail.getReceivedMessages().length);
    }

    @Test
    void aDryRunWritesEmlFilesThatParseBackToTheMessagesSentLater() throws Exception {
        SmtpSettings smtp = settings(mail.getSmtp().getPort(), "none");
        DeliveryOutcome dryRun = deliver(new DeliveryOptions(List.of(), true, false, Optional.of(smtp), Backoff.DEFAULT));
        assertEquals(DeliveryHome.MESSAGES, dryRun.sent());
        assertEquals(0, mail.getReceivedMessages().length);
        assertEquals(List.of(), DeliveryLedger.read(paths.ledger()), "a dry run records nothing");
        List<Path> eml;
        try (Stream<Path> files = Files.list(paths.outbox().resolve("2024-06"))) {
            eml = files.sorted().toList();
        }
        assertEquals(DeliveryHome.MESSAGES, eml.size());

        deliver(options(smtp));
        Map<String, MimeMessage> sent = new HashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            sent.put(m.getMessageID(), m);
        }
        for (Path file : eml) {
            MimeMessage preview;
            try (InputStream in = Files.newInputStream(file)) {
                preview = new MimeMessage(Session.getInstance(new Properties()), in);
            }
            MimeMessage real = sent.get(preview.getMessageID());
            assertTrue(real != null, "the real run sent " + preview.getMessageID());
            assertEquals(real.getSubject(), preview.getSubject());
            assertEquals(real.getAllRecipients()[0].toString(), preview.getAllRecipients()[0].toString());
            assertEquals(plainText(real), plainText(preview));
            Map<String, byte[]> a = attachments(real);
            Map<String, byte[]> b = attachments(preview);
            assertEquals(a.keySet(), b.keySet());
            a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
        }
    }

    @Test
    void theLedgerIsTheWarehousesReportDeliveryTable() throws Exception {
        deliver(options(settings(mail.getSmtp().getPort(), "none")));
        Path rebuilt = home.resolve("rebuilt.duckdb");
        new WarehouseBuilder(home.resolve("published"), home.resolve("ledger")).build(rebuilt);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + rebuilt, readOnly());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT status, count(*), count(DISTINCT message_id), "
                        + "min(recorded_at) IS NOT NULL, bool_or(correction) FROM report_delivery "
                        + "WHERE period = '2024-06' GROUP BY status ORDER BY status")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getBoolean(4) + " "
                        + rs.getBoolean(5));
            }
            assertEquals(List.of("queued 7 7 true false", "sent 7 7 true false"), rows);
        }
    }

    @Test
    void aReportAskedForButNotRenderedStopsBeforeAnythingIsSent() throws Exception {
        DeliveryOptions options = new DeliveryOptions(List.of(ReportKind.CIRCULAR, ReportKind.CLUSTERS), false, false,
                Optional.of(settings(mail.getSmtp().getPort(), "none")), Backoff.DEFAULT);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> deliver(options));
        assertEquals("2024年1-6月 的报告尚未生成，未发送任何邮件: 产业集群营收目标进度（clusters）（请先运行 imon report）",
                e.getMessage());
        assertEquals(0, mail.getReceivedMessages().length);
        assertFalse(Files.exists(paths.ledger().resolve(DeliveryLedger.FILE_NAME)));
    }

    @Test
    void withoutAskingOnlyTheRenderedReportsGoOutAndTheOthersAreNamed() throws Exception {
        deliver(options(settings(mail.getSmtp().getPort(), "none")));
        assertTrue(console.toString().contains(
                "2024年1-6月 尚未生成、本次不发送: 产业集群营收目标进度（clusters）、同比对比（yoy）、百户重点企业（key-enterprises）、双过半（double-half）"),
                console.toString());
    }

    private DeliveryOutcome deliver(DeliveryOptions options) throws Exception {
        try (PrintWriter out = new PrintWriter(console)) {
            return Delivery.deliver(paths, CityProfile.defaultProfile(), DeliveryHome.JUNE, options, out);
        }
    }

    static SmtpSettings settings(int port, String security) throws Exception {
        return SmtpSettings.fromEnvironment(Map.of("IMON_SMTP_HOST", "127.0.0.1", "IMON_SMTP_PORT", Integer.toString(port),
                "IMON_SMTP_USER", "imon", "IMON_SMTP_PASSWORD", PASSWORD, "IMON_SMTP_FROM", "imon@example.cn",
                "IMON_SMTP_SECURITY", security, "IMON_SMTP_SSL_TRUST", "127.0.0.1")).orElseThrow();
    }

    static DeliveryOptions options(SmtpSettings smtp) {
        return new DeliveryOptions(List.of(), false, false, Optional.of(smtp), new Backoff(2, Duration.ofMillis(10)));
    }

    private static Properties readOnly() {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        return p;
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static MimeMessage only(MimeMessage[] messages, String recipient, String subjectPart) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : messages) {
            if (m.getAllRecipients()[0].toString().equals(recipient) && m.getSubject().contains(subjectPart)) {
                found.add(m);
            }
        }
        assertEquals(1, found.size(), recipient + " " + subjectPart);
        return found.get(0);
    }

    static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        Multipart mixed = (Multipart) message.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            Part part = mixed.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream()) {
                    files.put(MimeUtility.decodeText(part.getFileName()), in.readAllBytes());
                }
            }
        }
        return files;
    }

    static String plainText(MimeMessage message) throws Exception {
        Multipart alternative = (Multipart) ((Multipart) message.getContent()).getBodyPart(0).getContent();
        return (String) alternative.getBodyPart(0).getContent();
    }

    private static String rawDisposition(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        return String.join(" ", mixed.getBodyPart(1).getHeader("Content-Disposition"));
    }

    static String firstRecipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
