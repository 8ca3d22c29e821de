package org.imon.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.profile.CityProfile;

/** 发送失败通知: the one message the operators get when a report did not reach everyone. */
final class FailureNotice {
    private FailureNotice() {
    }

    static String subject(CityProfile profile, ReportingPeriod period, int notReached) {
        return profile.cityName() + "报告邮件发送失败（" + period.label() + "，" + notReached + " 封未送达）";
    }

    static MimeMessage compose(Session session, InternetAddress from, InternetAddress operators, CityProfile profile,
            ReportingPeriod period, DeliveryOutcome outcome) throws MessagingException {
        StringBuilder text = new StringBuilder(period.label()).append(" 报告邮件发送结果：已发送 ").append(outcome.sent())
                .append(" 封，此前已发送 ").append(outcome.alreadySent()).append(" 封，未送达 ")
                .append(outcome.notReached().size()).append(" 封：\n\n");
        for (DeliveryOutcome.NotReached n : outcome.notReached()) {
            text.append("  ").append(n.recipient().describe()).append("  ").append(n.report().kind().title())
                    .append("\n    原因: ").append(n.reason()).append('\n');
        }
        text.append("\n排除原因后重新运行 imon deliver --period ").append(period)
                .append(" 即可补发，已送达的不会重复发送。发送记录: imon deliveries --period ").append(period).append('\n');
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, operators);
        message.setSubject(subject(profile, period, outcome.notReached().size()), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setText(text.toString(), StandardCharsets.UTF_8.name());
        message.saveChanges();
        return message;
    }
}
