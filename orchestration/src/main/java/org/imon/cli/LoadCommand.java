package org.imon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.etl.load.FeedLoadReport;
import org.imon.etl.load.LandingLoad;
import org.imon.etl.spark.Sparks;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.profile.CityProfile;

@Command(name = "load", mixinStandardHelpOptions = true, footer = ExitCode.HELP,
        description = "用 Spark 装载落地目录中新到或变动的文件：校验、发布为新的数据快照，问题行写入隔离区。"
                + "没有新到或变动的文件时退出码为 99；拒收超过城市配置的阈值时为 3。")
final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Option(names = "--master", defaultValue = "${env:IMON_SPARK_MASTER:-" + Sparks.DEFAULT_MASTER + "}",
            description = "Spark master：local[*] 即本机全部核心，spark://HOST:PORT 为 Spark 独立集群"
                    + "（默认: 环境变量 IMON_SPARK_MASTER，否则 " + Sparks.DEFAULT_MASTER + "；当前: ${DEFAULT-VALUE}）。")
    String master;

    @Option(names = "--keep", defaultValue = "5", description = "保留最近几个快照（默认: ${DEFAULT-VALUE}）。")
    int keep;

    @Override
    public Integer call() throws Exception {
        if (keep < 1) {
            throw new ParameterException(spec.commandLine(), "--keep 至少为 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        CityProfile profile = imon.global.profile();
        try (HomeLock lock = imon.global.lock("load", out)) {
            Optional<List<String>> problems = load(imon.global.home(), profile, master, keep, imon.global.log("load"), out);
            if (problems.isEmpty()) {
                return ExitCode.NOTHING_NEW;
            }
            if (!problems.get().isEmpty()) {
                QualityGate.report(problems.get(), spec.commandLine().getErr());
                return ExitCode.DATA_QUALITY;
            }
            return ExitCode.OK;
        }
    }

    /**
     * Loads, logs and judges the load: empty when no landing file changed, else the data-quality
     * problems of the rows it set aside (none when it passed). A snapshot with problems is held back
     * from the reports until the next load. The caller holds the lock.
     */
    static Optional<List<String>> load(HomeLayout home, CityProfile profile, String master, int keep, RunLog log,
            PrintWriter out) throws Exception {
        long started = System.nanoTime();
        LandingLoad.Result result;
        try {
            result = Pipeline.load(home, profile, master, keep, out, Progress.ofThisProcess());
        } catch (Exception e) {
            log.step("load", null, null, RunLog.since(started), ExitCode.of(e), String.valueOf(e.getMessage()));
            throw e;
        }
        if (result.status().equals("unchanged")) {
            log.step("load", null, 0L, RunLog.since(started), ExitCode.NOTHING_NEW, "unchanged");
            return Optional.empty();
        }
        List<String> problems = QualityGate.quarantine(result, profile.schedule());
        new HomeState(home).holdForQuality(result.snapshot().id(), problems);
        long published = result.feeds().stream().mapToLong(FeedLoadReport::rowsPublished).sum();
        long rejected = result.feeds().stream().mapToLong(FeedLoadReport::rowsRejected).sum();
        log.step("load", null, published, RunLog.since(started),
                problems.isEmpty() ? ExitCode.OK : ExitCode.DATA_QUALITY,
                "snapshot " + result.snapshot().id() + ", rejected rows " + rejected);
        return Optional.of(problems);
    }
}
