package org.imon.delivery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.imon.reports.ReportKind;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.Region;
import org.imon.warehouse.reference.CsvRecords;

/**
 * The city profile's {@code recipients.csv} (收件人名单), checked whole before anything is sent: one
 * bad row (an invalid address, an unknown report or region, a missing name) stops the delivery with
 * every bad row named.
 *
 * <p>Columns: 姓名, 单位, 职务, 邮箱, 接收报告 (report names separated by {@code ;}, e.g.
 * {@code circular;projects}), 关注地区 (optional region names separated by {@code ;}).
 */
public final class RecipientList {
    static final String NAME = "姓名";
    static final String ORGANISATION = "单位";
    static final String TITLE = "职务";
    static final String EMAIL = "邮箱";
    static final String REPORTS = "接收报告";
    static final String REGIONS = "关注地区";
    private static final Pattern PLAIN_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private RecipientList() {
    }

    public static List<Recipient> load(CityProfile profile) {
        return parse(profile, profile.recipientRows(), profile.recipientsFile());
    }

    static List<Recipient> parse(CityProfile profile, List<CsvRecords.Row> rows, String file) {
        List<Recipient> recipients = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (CsvRecords.Row row : rows) {
            List<String> rowProblems = new ArrayList<>();
            Recipient recipient = recipient(profile, row.fields(), rowProblems);
            rowProblems.forEach(p -> problems.add(file + " 第 " + row.line() + " 行，" + p));
            if (rowProblems.isEmpty()) {
                recipients.add(recipient);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("收件人名单有误，未发送任何邮件:\n  " + String.join("\n  ", problems));
        }
        if (recipients.isEmpty()) {
            throw new IllegalStateException("收件人名单为空: " + file);
        }
        return recipients;
    }

    private static Recipient recipient(CityProfile profile, Map<String, String> fields, List<String> problems) {
        String name = field(fields, NAME);
        if (name.isEmpty()) {
            problems.add("列「" + NAME + "」: 不能为空");
        }
        String email = field(fields, EMAIL);
        InternetAddress address = null;
        try {
            address = new InternetAddress(email, true);
            // RFC 822 allows a bare host such as "user@localhost"; a leader's mailbox always has a domain.
            if (!PLAIN_ADDRESS.matcher(email).matches() || address.getPersonal() != null) {
                problems.add("列「" + EMAIL + "」: 邮箱地址无效: " + email);
            }
        } catch (AddressException e) {
            problems.add("列「" + EMAIL + "」: 邮箱地址无效: " + email);
        }
        List<ReportKind> reports = new ArrayList<>();
        for (String report : list(field(fields, REPORTS))) {
            ReportKind.byCliName(report).ifPresentOrElse(reports::add, () -> problems.add("列「" + REPORTS
                    + "」: 未知报告「" + report + "」（可选: " + Arrays.stream(ReportKind.values())
                    .map(ReportKind::cliName).reduce((a, b) -> a + "、" + b).orElseThrow() + "）"));
        }
        if (reports.isEmpty() && problems.stream().noneMatch(p -> p.contains(REPORTS))) {
            problems.add("列「" + REPORTS + "」: 不能为空");
        }
        List<String> regions = list(field(fields, REGIONS));
        for (String region : regions) {
            if (profile.currentRegions().stream().map(Region::name).noneMatch(region::equals)) {
                problems.add("列「" + REGIONS + "」: 未知地区「" + region + "」");
            }
        }
        return new Recipient(name, field(fields, ORGANISATION), field(fields, TITLE), address, List.copyOf(reports),
                regions);
    }

    private static String field(Map<String, String> fields, String column) {
        String value = fields.get(column);
        if (value == null) {
            throw new IllegalStateException("收件人名单缺少列「" + column + "」");
        }
        return value.trim();
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
