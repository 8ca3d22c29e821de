package org.imon.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.reports.ReportKind;
import org.imon.reports.ReportKind.Format;
import org.imon.warehouse.ReportingPeriod;

/**
 * {@code imon report <name>}: one subcommand per report in {@link ReportKind}'s catalog, added by
 * {@link #addReports}, and {@code imon report all}.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "生成报告（PDF 与 XLSX）。",
        subcommands = {ReportCommand.All.class, CommandLine.HelpCommand.class})
final class ReportCommand {
    @ParentCommand
    ImonCommand imon;

    /** Adds {@code imon report <name>} for every report of the catalog to the {@code report} command. */
    static void addReports(CommandLine report) {
        for (ReportKind kind : ReportKind.values()) {
            CommandLine one = new CommandLine(new One(kind));
            one.getCommandSpec().usageMessage().description(kind.title() + "。");
            report.addSubcommand(kind.cliName(), one);
        }
    }

    /** The options every report takes: the period, the date it is signed and the formats. */
    static final class EditionOptions {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Option(names = "--period", required = true, paramLabel = "YYYY-MM",
                description = "报告期，如 2024-06 即 2024年1-6月。")
        ReportingPeriod period;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "成文日期（默认: 今天）。")
        LocalDate date;

        @Option(names = "--format", split = ",", paramLabel = "pdf,xlsx", defaultValue = "pdf,xlsx",
                description = "输出格式，逗号分隔: pdf、xlsx，png 为首页图片（默认: ${DEFAULT-VALUE}）。")
        List<String> formats;

        void render(ImonCommand imon, List<ReportKind> kinds) throws Exception {
            Pipeline.reports(imon.global.home(), imon.global.profile(), kinds, period,
                    date == null ? LocalDate.now() : date, formats(), spec.commandLine().getOut());
        }

        private Set<Format> formats() {
            Set<Format> chosen = EnumSet.noneOf(Format.class);
            for (String name : formats) {
                chosen.add(Arrays.stream(Format.values())
                        .filter(f -> f.extension().equals(name.trim().toLowerCase(Locale.ROOT))).findFirst()
                        .orElseThrow(() -> new ParameterException(spec.commandLine(),
                                "输出格式应为 pdf、xlsx 或 png，实际为: " + name)));
            }
            return chosen;
        }
    }

    /** {@code imon report <name>}: one report of the catalog. */
    @Command(mixinStandardHelpOptions = true)
    static final class One implements Callable<Integer> {
        private final ReportKind kind;

        @ParentCommand
        ReportCommand report;

        @Mixin
        EditionOptions edition;

        One(ReportKind kind) {
            this.kind = kind;
        }

        @Override
        public Integer call() throws Exception {
            edition.render(report.imon, List.of(kind));
            return 0;
        }
    }

    @Command(name = "all", mixinStandardHelpOptions = true, description = "生成目录中已实现的全部报告。")
    static final class All implements Callable<Integer> {
        @ParentCommand
        ReportCommand report;

        @Mixin
        EditionOptions edition;

        @Override
        public Integer call() throws Exception {
            edition.render(report.imon, List.of(ReportKind.values()));
            return 0;
        }
    }
}
