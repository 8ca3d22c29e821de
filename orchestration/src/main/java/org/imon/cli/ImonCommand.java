package org.imon.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.imon.etl.load.LoadOutOfMemory;
import org.imon.warehouse.ReportingPeriod;

/**
 * {@code imon}: the one command line over every step, with the exit codes of {@link ExitCode}.
 */
@Command(name = "imon", mixinStandardHelpOptions = true, versionProvider = ImonCommand.Version.class,
        description = "工业经济运行监测：数据装载、数据仓库与通报生成。", footer = ExitCode.HELP,
        subcommands = {SampleCommand.class, LoadCommand.class, SnapshotsCommand.class, RollbackCommand.class,
                BuildCommand.class, SqlCommand.class, DictionaryCommand.class, ReportCommand.class,
                DeliverCommand.class, DeliveriesCommand.class, NightlyCommand.class, StatusCommand.class,
                BackfillCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class ImonCommand {

    @Mixin
    GlobalOptions global;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests run it in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ImonCommand());
        ReportCommand.addReports(cli.getSubcommands().get("report"));
        cli.registerConverter(ReportingPeriod.class, new PeriodConverter());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof LoadOutOfMemory) {
                commandLine.getErr().println("imon: " + e.getMessage());
                return ExitCode.of(e);
            }
            commandLine.getErr().println(e instanceof HomeLock.Busy ? "imon: " + e.getMessage()
                    : "imon: 失败: " + describe(e));
            return ExitCode.FAILURE;
        });
        return cli;
    }

    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder(e.getMessage() == null ? e.getClass().getName() : e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append("\n  原因: ").append(cause.getMessage());
            }
        }
        return message.toString();
    }

    /** The version Maven wrote into the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ImonCommand.class.getPackage().getImplementationVersion();
            return new String[] {"imon " + (version == null ? "(development build)" : version)};
        }
    }
}
