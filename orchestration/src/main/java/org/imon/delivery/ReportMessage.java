package org.imon.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.imon.reports.ReportKind;
import org.imon.warehouse.profile.CityProfile;

/**
 * One report for one recipient as an e-mail: a Chinese subject (RFC 2047), a short plain-text and HTML
 * body with the circular's headline paragraph, the report's files attached under their Chinese names
 * (RFC 2231), and the Message-ID the ledger recorded, so that a rerun sends the very same message.
 */
final class ReportMessage {
    static final String CORRECTION_MARK = "【更正】";
    /** Names the report in every message, for dry-run file names and for filtering in a mail program. */
    static final String REPORT_HEADER = "X-Imon-Report";
    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportMessage() {
    }

    /** e.g. "【更正】许昌市月度工业经济运行通报（2024年1-6月）【禹州市】". */
    static String subject(CityProfile profile, RenderedReport report, Recipient recipient, boolean correction) {
        return (correction ? CORRECTION_MARK : "") + profile.cityName() + report.kind().title()
                + "（" + report.period().label() + "）"
                + (recipient.regions().isEmpty() ? "" : "【" + String.join("、", recipient.regions()) + "】");
    }

    static MimeMessage compose(Session session, InternetAddress from, CityProfile profile, RenderedReport report,
            Recipient recipient, boolean correction, String headline, String messageId, Instant date)
            throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, messageId);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, recipient.address());
        message.setSubject(subject(profile, report, recipient, correction), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(date));
        message.setHeader(REPORT_HEADER, report.kind().cliName());

        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternativeBody(profile, report, recipient, correction, headline));
        mixed.addBodyPart(body);
        for (var entry : report.files().entrySet()) {
            MimeBodyPart attachment = new MimeBodyPart();
            String type = entry.getKey() == ReportKind.Format.PDF ? "application/pdf" : XLSX_TYPE;
            attachment.setDataHandler(new DataHandler(
                    new ByteArrayDataSource(entry.getValue().bytes(), type)));
            attachment.setFileName(entry.getValue().fileName());
            attachment.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(attachment);
        }
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    private static MimeMultipart alternativeBody(CityProfile profile, RenderedReport report, Recipient recipient,
            boolean correction, String headline) throws MessagingException {
        String greeting = recipient.name() + recipient.title() + "：";
        String attached = "附件为" + profile.cityName() + report.kind().title() + "（" + report.period().label() + "），"
                + "请查阅。";
        String correctionNote = correction ? "本邮件为更正版本，请以本邮件附件为准，此前收到的同期报告作废。" : "";
        String signature = profile.issuingBody();

        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(greeting + "\n\n" + headline + "\n\n" + attached + correctionNote + "\n\n" + signature + "\n",
                StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<html><body><p>" + escape(greeting) + "</p><p>" + escape(headline) + "</p><p>"
                + escape(attached) + (correction ? "<strong>" + escape(correctionNote) + "</strong>" : "")
                + "</p><p>" + escape(signature) + "</p></body></html>", StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        return alternative;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A message whose Message-ID is decided by the ledger, not made up anew on every save. */
    static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
