package org.imon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.imon.etl.feed.FeedSpec;
import org.imon.etl.load.LandingInventory;
import org.imon.etl.snapshot.Snapshot;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;
import org.imon.warehouse.profile.CityProfile;

/**
 * One night of the schedule (每晚例行处理), deciding each step from the home's state so that running it
 * again does nothing new: load if a landing file is new or changed; build if the snapshot changed;
 * render the reports of every complete period whose files changed since its reports were rendered,
 * unless the data-quality gate holds them back; deliver what was rendered.
 */
final class Night {
    private final HomeLayout home;
    private final CityProfile profile;
    private final LocalDate day;
    private final String master;
    private final RunLog log;
    private final PrintWriter out;
    private final HomeState state;
    private final List<String> problems = new ArrayList<>();
    private final List<String> undelivered = new ArrayList<>();
    private boolean worked;

    /** @param day the night's date in the city's clock: the due days and the reports' date count from it */
    Night(HomeLayout home, CityProfile profile, LocalDate day, String master, RunLog log, PrintWriter out) {
        this.home = home;
        this.profile = profile;
        this.day = day;
        this.master = master;
        this.log = log;
        this.out = out;
        this.state = new HomeState(home);
    }

    /** Runs the night; the caller holds the lock. Returns its exit code; problems go to {@code err}. */
    int run(PrintWriter err) throws Exception {
        out.printf("imon nightly %s（%s）%n", day, home.root().toAbsolutePath());
        load();
        build();
        Map<ReportingPeriod, List<Path>> rendered = reports();
        deliver(rendered);
        if (!undelivered.isEmpty()) {
            err.printf("imon: 失败: %s 的报告未送达全部收件人（名单见上，imon deliveries 可查）。%n",
                    String.join("、", undelivered));
            return ExitCode.FAILURE;
        }
        if (!problems.isEmpty()) {
            QualityGate.report(problems, err);
            return ExitCode.DATA_QUALITY;
        }
        out.println(worked ? "本晚处理完成。" : "没有新的工作。");
        return worked ? ExitCode.OK : ExitCode.NOTHING_NEW;
    }

    private void load() throws Exception {
        Optional<Snapshot> current = new SnapshotStore(home.snapshots()).current();
        LandingInventory landing = LandingInventory.scan(home.landing(),
                current.map(s -> s.dir().resolve(SnapshotStore.FILES)).orElse(null));
        if (current.isPresent() && FeedSpec.ALL.stream().allMatch(f -> landing.changedFolders(f).isEmpty())) {
            out.println("[1/4] 装载: 没有新到或变动的落地文件。");
            log.step("load", null, 0L, 0, ExitCode.NOTHING_NEW, "unchanged");
            return;
        }
        out.println("[1/4] 装载");
        Progress.ofThisProcess().show("装载", FeedSpec.ALL.stream().mapToInt(f -> landing.changedFolders(f).size()).sum()
                + " 个落地目录有新到或变动的文件");
        // Only the load's own problems here; the held-back snapshot is judged with the reports.
        LoadCommand.load(home, profile, master, 5, log, out);
        worked = true;
    }

    private void build() throws Exception {
        if (BuildCommand.isCurrent(home)) {
            out.println("[2/4] 生成数据仓库: 已由当前快照生成。");
            log.step("build", null, null, 0, ExitCode.NOTHING_NEW, "current");
            return;
        }
        out.println("[2/4] 生成数据仓库");
        BuildCommand.build(home, log, out);
        worked = true;
    }

    private Map<ReportingPeriod, List<Path>> reports() throws Exception {
        Optional<Snapshot> snapshot = new SnapshotStore(home.snapshots()).current();
        Arrivals loaded = Arrivals.loaded(snapshot);
        problems.addAll(QualityGate.overdue(Arrivals.received(home), profile.schedule(), day));
        List<String> holding = new ArrayList<>(state.qualityHold(snapshot.orElseThrow().id()));
        try (Warehouse warehouse = Warehouse.openReadOnly(home.warehouseFile())) {
            Map<Boolean, List<String>> flags = QualityGate.reconciliation(warehouse, profile.cityName());
            holding.addAll(flags.get(true));
            if (!flags.get(false).isEmpty()) {
                out.printf("注意: 其他地区公布的 %d 个增速与其数值不符（见 mart_reconciliation），不影响本市报告。%n",
                        flags.get(false).size());
            }
        }
        problems.addAll(holding);

        Map<String, String> rendered = state.rendered();
        List<ReportingPeriod> due = loaded.complete(profile.schedule()).stream()
                .filter(p -> !loaded.fingerprint(p, profile.schedule()).equals(rendered.get(p.toString()))).toList();
        Map<ReportingPeriod, List<Path>> files = new LinkedHashMap<>();
        if (due.isEmpty()) {
            out.println("[3/4] 生成报告: 没有新齐备或数据有变动的报告期。");
            log.step("reports", null, 0L, 0, ExitCode.NOTHING_NEW, "none due");
            return files;
        }
        if (!holding.isEmpty()) {
            out.printf("[3/4] 生成报告: 数据质量检查未通过，暂不生成 %s 等 %d 期的报告。%n", due.get(0).label(), due.size());
            log.step("reports", null, 0L, 0, ExitCode.DATA_QUALITY, "held back: " + due.size() + " periods due");
            return files;
        }
        out.printf("[3/4] 生成报告: %d 期%n", due.size());
        for (ReportingPeriod period : due) {
            long started = System.nanoTime();
            files.put(period, Pipeline.reports(home, profile, period, day, out));
            state.rendered(period, loaded.fingerprint(period, profile.schedule()));
            log.step("reports", period, (long) files.get(period).size(), RunLog.since(started), ExitCode.OK,
                    "ds " + day);
        }
        worked = true;
        return files;
    }

    private void deliver(Map<ReportingPeriod, List<Path>> rendered) throws Exception {
        if (rendered.isEmpty()) {
            out.println("[4/4] 报送: 没有新生成的报告。");
            return;
        }
        out.println("[4/4] 报送");
        for (Map.Entry<ReportingPeriod, List<Path>> period : rendered.entrySet()) {
            long started = System.nanoTime();
            int code = Pipeline.deliver(home, profile, period.getKey(), out);
            log.step("deliver", period.getKey(), (long) period.getValue().size(), RunLog.since(started), code,
                    code == ExitCode.NOTHING_NEW ? "not configured" : "");
            if (code == ExitCode.FAILURE) {
                undelivered.add(period.getKey().label());
            }
        }
    }
}
