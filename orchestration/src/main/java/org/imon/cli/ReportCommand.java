package org.imon.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true, description = "生成 PDF 通报。",
        subcommands = {ReportCommand.Circular.class, CommandLine.HelpCommand.class})
final class ReportCommand {
    @ParentCommand
    ImonCommand imon;

    @Command(name = "circular", mixinStandardHelpOptions = true,
            description = "月度工业经济运行通报：全市主要指标及各县（市、区）、管理区营业收入增速排名。")
    static final class Circular implements Callable<Integer> {
        @ParentCommand
        ReportCommand report;

        @Spec
        CommandSpec spec;

        @Option(names = "--period", required = true, paramLabel = "YYYY-MM",
                description = "报告期，如 2024-06 即 2024年1-6月。")
        String period;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "落款日期（默认: 今天）。")
        LocalDate date;

        @Override
        public Integer call() throws Exception {
            ImonCommand imon = report.imon;
            Pipeline.circular(imon.home(), imon.profile(), Periods.parse(period, spec),
                    date == null ? LocalDate.now() : date, spec.commandLine().getOut());
            return 0;
        }
    }
}
