package org.imon.delivery;

import java.util.List;

import jakarta.mail.internet.InternetAddress;

import org.imon.reports.ReportKind;

/**
 * A leader who receives reports by e-mail (收件人): who they are, the reports they receive and, for a
 * county leader, the regions named in the subject line.
 */
public record Recipient(String name, String organisation, String title, InternetAddress address,
        List<ReportKind> reports, List<String> regions) {

    public String email() {
        return address.getAddress();
    }

    /** e.g. "李明（许昌市工业和信息化局局长）<liming@example.cn>", for analysts' messages. */
    public String describe() {
        return name + "（" + organisation + title + "）<" + email() + ">";
    }
}
