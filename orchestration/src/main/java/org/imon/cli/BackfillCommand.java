package org.imon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.etl.snapshot.SnapshotStore;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.profile.CityProfile;

@Command(name = "backfill", mixinStandardHelpOptions = true, footer = ExitCode.HELP,
        description = {"补做往期报告：为 --from 至 --to 之间每个已齐备的报告期生成报告（加 --deliver 则同时报送），可重复运行。",
                "不检查数据质量闸门：由操作员在核查后使用。范围内没有齐备的报告期时退出码为 99。"})
final class BackfillCommand implements Callable<Integer> {
    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM", description = "第一个报告期，如 2024-02。")
    ReportingPeriod first;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM", description = "最后一个报告期，如 2024-12。")
    ReportingPeriod last;

    @Option(names = "--deliver", description = "生成后报送。")
    boolean deliver;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "报告落款日期（默认: 城市时区的今天）。")
    LocalDate date;

    @Override
    public Integer call() throws Exception {
        if (first.isAfter(last)) {
            throw new ParameterException(spec.commandLine(), "--from 不能晚于 --to");
        }
        PrintWriter out = spec.commandLine().getOut();
        HomeLayout home = imon.global.home();
        CityProfile profile = imon.global.profile();
        LocalDate issued = date == null ? LocalDate.now(profile.schedule().timeZone()) : date;
        RunLog log = imon.global.log("backfill");
        try (HomeLock lock = imon.global.lock("backfill", out)) {
            if (!BuildCommand.isCurrent(home)) {
                throw new IllegalStateException("数据仓库不是由当前数据快照生成的，请先运行 imon build（或 imon nightly）。");
            }
            Arrivals loaded = Arrivals.loaded(new SnapshotStore(home.snapshots()).current());
            HomeState state = new HomeState(home);
            int rendered = 0;
            boolean failed = false;
            for (ReportingPeriod p = first; !p.isAfter(last); p = p.next()) {
                List<String> missing = loaded.missing(p, profile.schedule());
                if (!missing.isEmpty()) {
                    out.printf("%s 未齐备，跳过（缺 %s）。%n", p.label(), String.join("、", missing));
                    continue;
                }
                long started = System.nanoTime();
                List<Path> files = Pipeline.reports(home, profile, p, issued, out);
                state.rendered(p, loaded.fingerprint(p, profile.schedule()));
                log.step("reports", p, (long) files.size(), RunLog.since(started), ExitCode.OK, "backfill");
                rendered++;
                if (deliver) {
                    int code = Pipeline.deliver(home, profile, p, out);
                    log.step("deliver", p, (long) files.size(), 0, code,
                            code == ExitCode.NOTHING_NEW ? "not configured" : "backfill");
                    // Asked for outright, a delivery that could not happen (not configured) fails the run.
                    failed |= code != ExitCode.OK;
                }
            }
            out.printf("已生成 %d 期的报告。%n", rendered);
            if (failed) {
                spec.commandLine().getErr().println("imon: 失败: 部分报告未能报送（见上文；imon deliveries 可查）。");
                return ExitCode.FAILURE;
            }
            return rendered > 0 ? ExitCode.OK : ExitCode.NOTHING_NEW;
        }
    }
}
