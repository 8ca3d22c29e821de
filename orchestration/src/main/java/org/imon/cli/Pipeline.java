package org.imon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.spark.sql.SparkSession;

import org.imon.delivery.Delivery;
import org.imon.delivery.DeliveryOptions;
import org.imon.delivery.DeliveryOutcome;
import org.imon.delivery.SmtpSettings;
import org.imon.etl.feed.FeedSpec;
import org.imon.etl.load.FeedLoadReport;
import org.imon.etl.load.LandingLoad;
import org.imon.etl.load.LoadLedger;
import org.imon.etl.snapshot.Snapshot;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.etl.sample.SampleCity;
import org.imon.etl.sample.SampleOptions;
import org.imon.etl.spark.Sparks;
import org.imon.etl.validate.Rejection;
import org.imon.reports.Edition;
import org.imon.reports.ReportKind;
import org.imon.reports.ReportRenderer;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.ParquetFolders;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;
import org.imon.warehouse.WarehouseBuilder;
import org.imon.warehouse.profile.CityProfile;

/** The steps every command runs, each printing what it did for an analyst to read. */
final class Pipeline {
    private static final DateTimeFormatter LOAD_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private Pipeline() {
    }

    /** Writes the sample city's landing files, replacing earlier sample files of the same feed. */
    static SampleCity.Summary sample(HomeLayout home, CityProfile profile, SampleOptions options, PrintWriter out)
            throws Exception {
        for (String feed : FeedSpec.ALL) {
            ParquetFolders.deleteRecursively(home.landing(feed));
        }
        ParquetFolders.deleteRecursively(home.landingManifest());
        SampleCity.Summary summary = new SampleCity(profile, options).write(home.landing());
        out.printf("已生成示例城市（%s）%d—%d年（末期 %s）：首年规上工业企业 %d 家，末年 %d 家，企业月报 %d 行。%n",
                profile.cityName(), options.firstYear(), options.lastYear(),
                options.last().label(), summary.enterprisesFirstYear(),
                summary.enterprisesLastYear(), summary.enterpriseRows());
        summary.filesPerFeed().forEach((feed, files) -> out.printf("  %s: %d 个文件%n", feed, files));
        if (summary.defects() > 0) {
            out.printf("  已注入 %d 处错误数据，清单: %s%n", summary.defects(),
                    home.landingManifest().resolve("defects.csv").toAbsolutePath());
        }
        out.printf("  落地目录: %s%n", home.landing().toAbsolutePath());
        return summary;
    }

    static LandingLoad.Result load(HomeLayout home, CityProfile profile, String master, int keep, PrintWriter out,
            Progress progress) throws Exception {
        String loadId = ZonedDateTime.now(ZoneOffset.UTC).format(LOAD_ID);
        progress.show("装载", "启动 Spark（" + master + "）");
        // One session per process, kept to its end (Spark stops it then): starting one costs seconds, and a
        // process that loads again (a test run, a future long-lived scheduler) need not pay that twice.
        SparkSession spark = Sparks.session(master);
        LandingLoad.Checkpoint drill = CrashDrill.fromSystemProperties();
        LandingLoad.Result result = LandingLoad.run(spark, profile, new LandingLoad.Paths(home.landing(),
                home.snapshots(), home.staging(), home.quarantine(), home.ledger()), loadId, keep,
                stage -> {
                    progress.show("装载", switch (stage) {
                        case STAGED -> "新到文件已读取并校验";
                        case PUBLISHING -> "企业月报已发布，正在发布其余各表";
                        case BEFORE_SWITCH -> "各表已写入，切换当前快照";
                        case AFTER_SWITCH -> "当前快照已切换，记入装载记录";
                    });
                    drill.reached(stage);
                });
        if (result.status().equals("unchanged")) {
            out.printf("落地文件与当前快照 %s 相同，无需装载（批次 %s 已记入装载记录）。%n", result.snapshot().id(), loadId);
            return result;
        }
        out.printf("装载完成（批次 %s），当前快照: %s%n", loadId, result.snapshot().id());
        for (FeedLoadReport r : result.feeds()) {
            out.printf("  %-18s 文件 %d 个（本次读取 %d），读取 %d 行，发布 %d 行，被更正替换 %d 行，拒收 %d 行、整文件拒收 %d 个。%n",
                    r.feed(), r.files(), r.filesRead(), r.rowsRead(), r.rowsPublished(), r.rowsSuperseded(),
                    r.rowsRejected(), r.filesRejected());
            for (Rejection file : r.rejections().stream().filter(x -> x.row() == 0).toList()) {
                out.printf("    整文件拒收 %s: %s%n", file.file(), file.message());
            }
            for (String file : r.deferred()) {
                out.printf("    文件在装载过程中仍在变化（可能正在复制），留待下次装载: %s%n", file);
            }
            if (r.quarantineFile() != null) {
                out.printf("    拒收明细（含文件、行号、列与原因）: %s%n", r.quarantineFile().toAbsolutePath());
            }
        }
        out.printf("  已发布数据: %s%n", result.snapshot().dir().toAbsolutePath());
        return result;
    }

    /** Builds the warehouse from the current snapshot and remembers which one; returns rows per table. */
    static Map<String, Long> build(HomeLayout home, PrintWriter out, Progress progress) throws Exception {
        // A load killed just after its switch left the snapshot's ledger entry only in the snapshot.
        LoadLedger.recover(home.snapshots(), home.ledger());
        Optional<Snapshot> snapshot = new SnapshotStore(home.snapshots()).current();
        progress.show("生成数据仓库", "装载各表并建立统计视图");
        Map<String, Long> rows = new WarehouseBuilder(snapshot.map(Snapshot::dir).orElse(null), home.ledger())
                .build(home.warehouseFile());
        new HomeState(home).warehouseBuiltFrom(snapshot.orElseThrow().id());
        out.printf("数据仓库已生成（快照 %s）: %s%n", snapshot.get().id(), home.warehouseFile().toAbsolutePath());
        rows.forEach((table, count) -> out.printf("  %s: %d 行%n", table, count));
        return rows;
    }

    /**
     * Renders every report of a period, PDF and XLSX, and returns the files. The nightly schedule and
     * backfill render through this one method.
     */
    static List<Path> reports(HomeLayout home, CityProfile profile, ReportingPeriod period, LocalDate issued,
            PrintWriter out) throws Exception {
        return reports(home, profile, List.of(ReportKind.values()), period, issued,
                EnumSet.of(ReportKind.Format.PDF, ReportKind.Format.XLSX), out);
    }

    /**
     * Sends a period's rendered reports to their recipients: {@link ExitCode#OK} when everyone has them
     * (sent now or before), {@link ExitCode#FAILURE} when someone was not reached, and
     * {@link ExitCode#NOTHING_NEW} when no SMTP server is configured, which skips delivery.
     */
    static int deliver(HomeLayout home, CityProfile profile, ReportingPeriod period, PrintWriter out)
            throws Exception {
        Optional<SmtpSettings> smtp = SmtpSettings.fromEnvironment(System.getenv());
        if (smtp.isEmpty()) {
            out.printf("未配置发信服务器（IMON_SMTP_HOST 或 IMON_SMTP_CONFIG，见 docs/delivery.md），%s 的报告不报送，跳过。%n",
                    period.label());
            return ExitCode.NOTHING_NEW;
        }
        DeliveryOutcome outcome = Delivery.deliver(Delivery.Paths.of(home), profile, period,
                DeliveryOptions.everyReport(smtp.get()), out);
        return outcome.exitCode() == 0 ? ExitCode.OK : ExitCode.FAILURE;
    }

    /** Renders the reports of a period from the warehouse, each once, into every asked format. */
    static List<Path> reports(HomeLayout home, CityProfile profile, List<ReportKind> kinds, ReportingPeriod period,
            LocalDate issued, Set<ReportKind.Format> formats, PrintWriter out) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Warehouse warehouse = Warehouse.openReadOnly(home.warehouseFile())) {
            ReportRenderer renderer = new ReportRenderer();
            Edition edition = new Edition(warehouse, profile, period, issued);
            for (ReportKind kind : kinds) {
                List<Path> written = renderer.render(kind, edition, home.reports(), formats);
                out.printf("%s已生成（%s）:%n", kind.title(), period.label());
                written.forEach(file -> out.printf("  %s%n", file.toAbsolutePath()));
                files.addAll(written);
            }
        }
        return files;
    }
}
