package org.imon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.delivery.DeliveryLedger;
import org.imon.delivery.LedgerRecord;
import org.imon.warehouse.ReportingPeriod;

@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = "列出报告邮件发送记录：谁在何时收到了哪期哪份报告（内容摘要），以及未送达的原因。")
final class DeliveriesCommand implements Callable<Integer> {
    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "只列出该报告期。")
    ReportingPeriod period;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String only = period == null ? null : period.toString();
        List<LedgerRecord> records = DeliveryLedger.read(imon.global.home().deliveryLedger()).stream()
                .filter(r -> only == null || r.period().equals(only)).toList();
        if (records.isEmpty()) {
            out.println("还没有发送记录。");
            return 0;
        }
        out.println("记录时间(UTC)\t报告期\t报告\t收件人\t邮箱\t状态\t更正\t内容摘要\tMessage-ID\t服务器应答/原因");
        for (LedgerRecord r : records) {
            out.println(String.join("\t", r.recordedAt(), r.period(), r.report(), r.recipientName(), r.recipientEmail(),
                    r.status(), r.correction() ? "更正" : "", r.contentSha256().substring(0, 12), r.messageId(),
                    r.reason() != null ? r.reason() : r.serverReply() != null ? r.serverReply() : ""));
        }
        return 0;
    }
}
