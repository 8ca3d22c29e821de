package org.imon.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.delivery.Backoff;
import org.imon.delivery.Delivery;
import org.imon.delivery.DeliveryOptions;
import org.imon.delivery.DeliveryOutcome;
import org.imon.delivery.SmtpSettings;
import org.imon.reports.ReportKind;
import org.imon.warehouse.ReportingPeriod;

@Command(name = "deliver", mixinStandardHelpOptions = true,
        description = {"将报告期已生成的报告通过邮件发送给收件人名单中的每位领导；已发送的不再重复发送，内容更正后标注“更正”重发。",
                "发信服务器由环境变量 IMON_SMTP_HOST、_PORT、_USER、_PASSWORD、_FROM、_SECURITY 或 IMON_SMTP_CONFIG 指定的配置文件设置。",
                "退出码: 0 全部送达或无需发送，1 有收件人未送达（已逐一列出并通知运维邮箱）。"})
final class DeliverCommand implements Callable<Integer> {
    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "报告期，如 2024-06 即 2024年1-6月。")
    ReportingPeriod period;

    @Option(names = "--report", arity = "1..*", paramLabel = "NAME",
            description = "只发送这些报告（circular、clusters、yoy、key-enterprises、projects、double-half）；须已生成。"
                    + "默认发送该期已生成的全部报告。")
    List<String> reports = new ArrayList<>();

    @Option(names = "--dry-run", description = "不发送，将邮件写为 .eml 文件（工作目录下 outbox/<报告期>/），供发送前查看。")
    boolean dryRun;

    @Option(names = "--resend", description = "即使已发送过也重新发送。")
    boolean resend;

    @Override
    public Integer call() throws Exception {
        List<ReportKind> kinds = new ArrayList<>();
        for (String name : reports) {
            kinds.add(ReportKind.byCliName(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "未知报告: " + name)));
        }
        DeliveryOptions options = new DeliveryOptions(kinds, dryRun, resend,
                SmtpSettings.fromEnvironment(System.getenv()), Backoff.DEFAULT);
        DeliveryOutcome outcome = Delivery.deliver(Delivery.Paths.of(imon.global.home()), imon.global.profile(),
                period, options, spec.commandLine().getOut());
        if (outcome.exitCode() == 0 && outcome.sent() == 0) {
            return ExitCode.NOTHING_NEW;
        }
        return outcome.exitCode();
    }
}
