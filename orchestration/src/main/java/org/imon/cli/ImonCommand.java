package org.imon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import org.imon.etl.load.LoadOutOfMemory;
import org.imon.warehouse.profile.CityProfile;

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

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "工作目录，存放全部数据与结果（默认: 环境变量 IMON_HOME，否则 ./imon-home）。")
    Path home;

    @Option(names = "--profile", scope = ScopeType.INHERIT, paramLabel = "CITY",
            defaultValue = "${env:IMON_PROFILE:-" + CityProfile.DEFAULT_ID + "}",
            description = "城市配置（默认: 环境变量 IMON_PROFILE，否则 " + CityProfile.DEFAULT_ID + "；当前: ${DEFAULT-VALUE}）。")
    String profile;

    ImonHome home() {
        if (home != null) {
            return new ImonHome(home);
        }
        String fromEnvironment = System.getenv(ImonHome.ENVIRONMENT_VARIABLE);
        return new ImonHome(Path.of(fromEnvironment == null || fromEnvironment.isBlank()
                ? ImonHome.DEFAULT_FOLDER : fromEnvironment));
    }

    CityProfile profile() {
        return CityProfile.load(profile);
    }

    /** Takes the home for a command that changes it; says so when it takes over a dead process's lock. */
    HomeLock lock(String command, PrintWriter out) throws IOException {
        HomeLock lock = HomeLock.acquire(home(), command);
        lock.takenOver().ifPresent(holder -> out.println("上次运行的进程已终止，已接管它留下的锁（" + holder + "）。"));
        return lock;
    }

    /** The run log of a command, dated by the city's clock. */
    RunLog log(String command) {
        return new RunLog(home(), profile().schedule().timeZone(), command);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests run it in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ImonCommand());
        ReportCommand.addReports(cli.getSubcommands().get("report"));
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
