package org.imon.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.imon.reports.ReportKind;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.reference.CsvRecords;

/** The recipients file is checked whole, and every bad row is named with its column and reason. */
class RecipientListTest {
    private static final CityProfile XUCHANG = CityProfile.defaultProfile();

    @Test
    void theBuiltInProfileHasFiveRecipientsUnderExampleCn() {
        List<Recipient> recipients = RecipientList.load(XUCHANG);
        assertEquals(List.of("张建国", "李明", "王红", "赵磊", "刘芳"), recipients.stream().map(Recipient::name).toList());
        assertEquals(List.of(ReportKind.CIRCULAR, ReportKind.PROJECTS), recipients.get(4).reports());
        assertEquals(List.of("长葛市"), recipients.get(4).regions());
        assertEquals(5, recipients.stream().filter(r -> r.email().endsWith("@example.cn")).count());
        assertEquals("imon-ops@example.cn", XUCHANG.operatorsAddress().orElseThrow());
    }

    @Test
    void everyBadRowIsNamedBeforeAnythingIsSent() {
        List<CsvRecords.Row> rows = List.of(
                row(2, "张三", "zhangsan@example.cn", "circular", ""),
                row(3, "李四", "lisi@example", "circular", ""),
                row(4, "王五", "wangwu@example.cn", "circular;monthly", ""),
                row(5, "", "nobody@example.cn", "circular", "许昌县;襄城县"),
                row(6, "赵六", "zhao liu@example.cn", "", ""));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RecipientList.parse(XUCHANG, rows, "profiles/xuchang/recipients.csv"));
        assertEquals(String.join("\n  ", "收件人名单有误，未发送任何邮件:",
                "profiles/xuchang/recipients.csv 第 3 行，列「邮箱」: 邮箱地址无效: lisi@example",
                "profiles/xuchang/recipients.csv 第 4 行，列「接收报告」: 未知报告「monthly」（可选: circular、clusters、yoy、"
                        + "key-enterprises、projects、double-half）",
                "profiles/xuchang/recipients.csv 第 5 行，列「姓名」: 不能为空",
                "profiles/xuchang/recipients.csv 第 5 行，列「关注地区」: 未知地区「许昌县」",
                "profiles/xuchang/recipients.csv 第 6 行，列「邮箱」: 邮箱地址无效: zhao liu@example.cn",
                "profiles/xuchang/recipients.csv 第 6 行，列「接收报告」: 不能为空"), e.getMessage());
    }

    private static CsvRecords.Row row(int line, String name, String email, String reports, String regions) {
        return new CsvRecords.Row(line, Map.of(RecipientList.NAME, name, RecipientList.ORGANISATION, "许昌市人民政府",
                RecipientList.TITLE, "副市长", RecipientList.EMAIL, email, RecipientList.REPORTS, reports,
                RecipientList.REGIONS, regions));
    }
}
