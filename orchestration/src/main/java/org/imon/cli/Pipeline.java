package org.imon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.spark.sql.SparkSession;

import org.imon.etl.feed.FeedSpec;
import org.imon.etl.load.FeedLoadReport;
import org.imon.etl.load.LandingLoad;
import org.imon.etl.snapshot.Snapshot;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.etl.sample.SampleCity;
import org.imon.etl.sample.SampleOptions;
import org.imon.etl.spark.Sparks;
import org.imon.reports.MonthlyCircular;
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
    static SampleCity.Summary sample(ImonHome home, CityProfile profile, SampleOptions options, PrintWriter out)
            throws Exception {
        for (String feed : FeedSpec.ALL) {
            ParquetFolders.deleteRecursively(home.landing().resolve(feed));
        }
        ParquetFolders.deleteRecursively(home.landing().resolve("_manifest"));
        SampleCity.Summary summary = new SampleCity(profile, options).write(home.landing());
        out.printf("已生成示例城市（%s）%d—%d年（末期 %s）：首年规上工业企业 %d 家，末年 %d 家，企业月报 %d 行。%n",
                profile.cityName(), options.firstYear(), options.lastYear(),
                new ReportingPeriod(options.lastYear(), options.lastPeriod()).label(), summary.enterprisesFirstYear(),
                summary.enterprisesLastYear(), summary.enterpriseRows());
        summary.filesPerFeed().forEach((feed, files) -> out.printf("  %s: %d 个文件%n", feed, files));
        if (summary.defects() > 0) {
            out.printf("  已注入 %d 处错误数据，清单: %s%n", summary.defects(),
                    home.landing().resolve("_manifest/defects.csv").toAbsolutePath());
        }
        out.printf("  落地目录: %s%n", home.landing().toAbsolutePath());
        return summary;
    }

    static LandingLoad.Result load(ImonHome home, CityProfile profile, String master, int keep, PrintWriter out,
            Progress progress) throws Exception {
        String loadId = ZonedDateTime.now(ZoneOffset.UTC).format(LOAD_ID);
        progress.show("装载", "启动 Spark（" + master + "）");
        SparkSession spark = Sparks.session(master);
        try {
            LandingLoad.Result result = LandingLoad.run(spark, profile, new LandingLoad.Paths(home.landing(),
                    home.snapshots(), home.staging(), home.quarantine(), home.ledger()), loadId, keep,
                    stage -> progress.show("装载", switch (stage) {
                        case STAGED -> "新到文件已读取并校验";
                        case PUBLISHING -> "企业月报已发布，正在发布其余各表";
                        case BEFORE_SWITCH -> "各表已写入，切换当前快照";
                    }));
            if (result.status().equals("unchanged")) {
                out.printf("落地文件与当前快照 %s 相同，无需装载（批次 %s 已记入装载记录）。%n", result.snapshot().id(), loadId);
                return result;
            }
            out.printf("装载完成（批次 %s），当前快照: %s%n", loadId, result.snapshot().id());
            for (FeedLoadReport r : result.feeds()) {
                out.printf("  %-18s 文件 %d 个（本次读取 %d），读取 %d 行，发布 %d 行，被更正替换 %d 行，拒收 %d 行、整文件拒收 %d 个。%n",
                        r.feed(), r.files(), r.filesRead(), r.rowsRead(), r.rowsPublished(), r.rowsSuperseded(),
                        r.rowsRejected(), r.filesRejected());
                if (r.quarantineFile() != null) {
                    out.printf("    拒收明细（含文件、行号、列与原因）: %s%n", r.quarantineFile().toAbsolutePath());
                }
            }
            out.printf("  已发布数据: %s%n", result.snapshot().dir().toAbsolutePath());
            return result;
        } finally {
            spark.stop();
        }
    }

    /** Builds the warehouse from the current snapshot and remembers which one; returns rows per table. */
    static Map<String, Long> build(ImonHome home, PrintWriter out, Progress progress) throws Exception {
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
     * Renders every report of a period and returns the files. The nightly schedule and backfill render
     * through this one method.
     */
    static List<Path> reports(ImonHome home, CityProfile profile, ReportingPeriod period, LocalDate issued,
            PrintWriter out) throws Exception {
        return List.of(circular(home, profile, period, issued, out));
    }

    /**
     * Sends a period's reports to their recipients, when delivery is configured; returns whether it
     * sent them. The schedule's one delivery hook: until mail delivery exists it says so and skips,
     * which does not change a night's exit code.
     */
    static boolean deliver(ImonHome home, CityProfile profile, ReportingPeriod period, List<Path> files,
            PrintWriter out) {
        out.printf("未配置报送（邮件发送尚不可用），%s 的 %d 个文件未发送，跳过。%n", period.label(), files.size());
        return false;
    }

    static Path circular(ImonHome home, CityProfile profile, ReportingPeriod period, LocalDate issued, PrintWriter out)
            throws Exception {
        try (Warehouse warehouse = Warehouse.openReadOnly(home.warehouseFile())) {
            Path pdf = MonthlyCircular.render(warehouse, profile, period, issued, home.reports());
            out.printf("通报已生成（%s）: %s%n", period.label(), pdf.toAbsolutePath());
            return pdf;
        }
    }
}
