package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.delivery.DeliveryLedger;
import org.imon.delivery.LedgerRecord;
import org.imon.reports.ReportKind;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.ReportingPeriod;

/** {@code imon deliver} and {@code imon deliveries} as commands: help, usage errors, the ledger listed. */
class DeliverCommandTest {
    @TempDir
    Path home;

    @Test
    void bothCommandsHaveHelp() {
        CommandLineTest.Run deliver = CommandLineTest.imon("deliver", "--help");
        assertEquals(0, deliver.exitCode());
        assertTrue(deliver.out().contains("--period=YYYY-MM") && deliver.out().contains("--dry-run")
                && deliver.out().contains("--resend") && deliver.out().contains("IMON_SMTP_HOST"), deliver.out());
        assertEquals(0, CommandLineTest.imon("deliveries", "--help").exitCode());
        assertTrue(CommandLineTest.imon("--help").out().contains("deliveries"));
    }

    @Test
    void aBadPeriodOrReportIsAUsageError() {
        assertEquals(2, CommandLineTest.imon("--home", home.toString(), "deliver", "--period", "2024-01").exitCode());
        CommandLineTest.Run run = CommandLineTest.imon("--home", home.toString(), "deliver", "--period", "2024-06",
                "--report", "monthly");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("未知报告: monthly"), run.err());
    }

    @Test
    void withoutSmtpSettingsARealRunFailsAndSaysHowToConfigure() throws Exception {
        assumeTrue(System.getenv("IMON_SMTP_HOST") == null && System.getenv("IMON_SMTP_CONFIG") == null);
        Path pdf = ReportKind.CIRCULAR.file(new HomeLayout(home).reports(), new ReportingPeriod(2024, 6), ReportKind.Format.PDF);
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F'});
        CommandLineTest.Run run = CommandLineTest.imon("--home", home.toString(), "deliver", "--period", "2024-06");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("未配置发信服务器：请设置 IMON_SMTP_HOST 等环境变量或 IMON_SMTP_CONFIG"), run.err());
    }

    @Test
    void aReportNotRenderedIsNamed() {
        CommandLineTest.Run run = CommandLineTest.imon("--home", home.toString(), "deliver", "--period", "2024-06",
                "--report", "circular");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("2024年1-6月 的报告尚未生成，未发送任何邮件: 月度工业经济运行通报（circular）"), run.err());
    }

    @Test
    void deliveriesListsTheLedgerOfAPeriod() throws Exception {
        try (DeliveryLedger ledger = DeliveryLedger.open(new HomeLayout(home).deliveryLedger())) {
            ledger.append(new LedgerRecord("2024-07-15T08:00:00Z", "2024-06", "circular", "李明", "liming@example.cn",
                    "0123456789abcdef", "sent", false, "<m1@example.cn>", "250 OK", null));
            ledger.append(new LedgerRecord("2024-08-15T08:00:00Z", "2024-07", "circular", "刘芳", "liufang@example.cn",
                    "fedcba9876543210", "failed", true, "<m2@example.cn>", null, "550 5.1.1 user unknown"));
        }
        CommandLineTest.Run june = CommandLineTest.imon("--home", home.toString(), "deliveries", "--period", "2024-06");
        assertEquals(0, june.exitCode());
        assertEquals(2, june.out().lines().count(), june.out());
        assertTrue(june.out().contains("2024-07-15T08:00:00Z\t2024-06\tcircular\t李明\tliming@example.cn\tsent\t\t"
                + "0123456789ab\t<m1@example.cn>\t250 OK"), june.out());
        CommandLineTest.Run all = CommandLineTest.imon("--home", home.toString(), "deliveries");
        assertTrue(all.out().contains("failed\t更正\tfedcba987654\t<m2@example.cn>\t550 5.1.1 user unknown"), all.out());
    }
}
