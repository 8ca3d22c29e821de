package org.imon.etl.load;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import org.imon.etl.feed.FeedSpec;
import org.imon.etl.snapshot.Snapshot;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.etl.spark.SparkSchemas;
import org.imon.etl.validate.RejectReason;
import org.imon.etl.validate.Rejection;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.schema.TableSchema;

/**
 * {@code imon load}: whatever has arrived in the landing folder becomes a new snapshot of the
 * published tables. Landing → staging (typed, checked, with lineage) → published (facts and
 * dimensions). Only folders whose files changed since the current snapshot are read and only their
 * partitions rewritten; the rest of the snapshot links to the current one's files. The new snapshot
 * becomes current in one atomic step at the very end, so a failure anywhere leaves the previous one
 * current and intact; every load, failed ones included, is written to the run ledger.
 */
public final class LandingLoad {

    /**
     * Points a test can stop a load at, to show that a crash there loses nothing: after staging, in
     * the middle of publishing, with the snapshot and its ledger entry complete but not yet current,
     * and just after the switch, before the ledger entry is copied into the ledger.
     */
    public enum Stage { STAGED, PUBLISHING, BEFORE_SWITCH, AFTER_SWITCH }

    /** Called as a load reaches each stage; the default does nothing. */
    @FunctionalInterface
    public interface Checkpoint {
        Checkpoint NONE = stage -> { };

        void reached(Stage stage) throws IOException;
    }

    /** Where a load reads and writes. */
    public record Paths(Path landing, Path snapshots, Path staging, Path quarantine, Path ledger) {
    }

    /**
     * What a load did.
     *
     * @param status   {@code published}, or {@code unchanged} when no landing file changed
     * @param snapshot the snapshot now current
     */
    public record Result(String loadId, String status, Snapshot snapshot, List<FeedLoadReport> feeds) {
        public FeedLoadReport feed(String name) {
            return feeds.stream().filter(f -> f.feed().equals(name)).findFirst().orElseThrow();
        }
    }

    private static final String ENTERPRISE = "enterprise_monthly";
    /** Inside a load's staging folder: a feed's rows ranked again without the files left for the next load. */
    private static final String SETTLED = "_settled";

    private final SparkSession spark;
    private final CityProfile profile;
    private final Paths paths;
    private final String loadId;
    private final Checkpoint checkpoint;
    private final SnapshotStore store;
    private final Instant started = Instant.now();
    private final List<FeedLoadReport> reports = new ArrayList<>();
    private final Set<String> readFiles = new HashSet<>();
    /** Files that changed while they were read: left for the next load. */
    private final Set<String> deferred = new TreeSet<>();
    private LandingInventory inventory;
    /** Set once the new snapshot is current: from then on its ledger entry is the one in the snapshot. */
    private boolean switched;

    private LandingLoad(SparkSession spark, CityProfile profile, Paths paths, String loadId, Checkpoint checkpoint) {
        this.spark = spark;
        this.profile = profile;
        this.paths = paths;
        this.loadId = loadId;
        this.checkpoint = checkpoint;
        this.store = new SnapshotStore(paths.snapshots());
    }

    /** Loads the landing folder, keeping the newest {@code keep} snapshots. */
    public static Result run(SparkSession spark, CityProfile profile, Paths paths, String loadId, int keep,
            Checkpoint checkpoint) throws IOException {
        JobTimings timings = JobTimings.attachIfWanted(spark);
        try {
            return new LandingLoad(spark, profile, paths, loadId, checkpoint).run(keep);
        } finally {
            if (timings != null) {
                timings.print(spark, System.err);
            }
        }
    }

    private Result run(int keep) throws IOException {
        String status = "failed";
        String message = "";
        Snapshot snapshot = store.current().orElse(null);
        try {
            // What killed runs left first: nothing of it may stand in this load's way.
            Leftovers.remove(paths);
            LoadLedger.recover(paths.snapshots(), paths.ledger());
            inventory = LandingInventory.scan(paths.landing(),
                    snapshot == null ? null : snapshot.dir().resolve(SnapshotStore.FILES));
            if (inventory.isEmpty()) {
                throw new IllegalStateException("落地目录中没有任何文件: " + paths.landing());
            }
            Map<String, Set<String>> changed = new LinkedHashMap<>();
            for (String feed : FeedSpec.ALL) {
                changed.put(feed, inventory.changedFolders(feed));
            }
            if (snapshot != null && changed.values().stream().allMatch(Set::isEmpty)) {
                status = "unchanged";
                for (String feed : FeedSpec.ALL) {
                    reports.add(new FeedLoadReport(feed, inventory.files(feed).size(), 0, 0, 0, 0, List.of(), null,
                            List.of()));
                }
                return new Result(loadId, status, snapshot, reports);
            }
            snapshot = publish(changed, keep);
            status = "published";
            return new Result(loadId, status, snapshot, reports);
        } catch (Exception | OutOfMemoryError e) {
            // Exception, not RuntimeException: Spark throws its SparkException undeclared.
            if (LoadOutOfMemory.isCause(e)) {
                LoadOutOfMemory outOfMemory = e instanceof LoadOutOfMemory o ? o : new LoadOutOfMemory("装载", e);
                message = outOfMemory.getMessage();
                throw outOfMemory;
            }
            message = String.valueOf(e.getMessage());
            throw e;
        } finally {
            if (switched) {
                LoadLedger.recover(paths.snapshots(), paths.ledger());
            } else {
                LoadLedger.write(spark, paths.ledger(), ledgerEntry(status, store.current().map(Snapshot::id)
                        .orElse(null), message));
            }
        }
    }

    private LoadLedger.Entry ledgerEntry(String status, String snapshotId, String message) {
        return new LoadLedger.Entry(loadId, started, status, snapshotId, message, reports, inventory, readFiles,
                deferred);
    }

    /** The load's stages, in order: each is one method below. */
    private Snapshot publish(Map<String, Set<String>> changed, int keep) throws IOException {
        Map<String, FeedSpec> feeds = new LinkedHashMap<>();
        FeedSpec.ALL.forEach(name -> feeds.put(name, FeedSpec.load(name)));
        Map<String, Set<PeriodKey>> periods = new LinkedHashMap<>();
        feeds.forEach((name, feed) -> periods.put(name, periods(feed, changed.get(name))));
        List<FactTable> tables = FactTable.of(feeds.values());

        Map<String, FeedStage.Staged> staged = stage(feeds, changed, tables, periods);
        checkpoint.reached(Stage.STAGED);
        // A file still being copied in may have been read half way: its rows wait for the next load.
        deferred.addAll(inventory.unsettled(readFiles));
        Path stagingDir = paths.staging().resolve(loadId);
        staged.replaceAll((name, s) -> s.without(deferred, stagingDir.resolve(SETTLED).resolve(name)));

        Path snapshotDir = store.begin(loadId);
        TablePublisher publisher = new TablePublisher(spark, store, snapshotDir);
        Map<String, Precedence.Outcome> outcomes = new LinkedHashMap<>();
        staged.forEach((name, s) -> outcomes.put(name, s.outcome()));
        Map<String, Long> rowCounts = new LinkedHashMap<>();
        Facts.EnterpriseRows enterprises = publishEnterprises(publisher, outcomes, periods.get(ENTERPRISE), rowCounts);
        checkpoint.reached(Stage.PUBLISHING);
        publishFacts(publisher, tables, outcomes, periods, rowCounts);
        publishRestatements(publisher, feeds, staged, outcomes, periods, rowCounts);
        Set<Integer> keyListYears = new TreeSet<>();
        periods.get("key_lists").forEach(p -> keyListYears.add(p.year()));
        rowCounts.putAll(new DimensionRefresh(spark, publisher, store.current(), snapshotDir).run(profile,
                new DimensionRefresh.Changes(periods.get(ENTERPRISE), periods.get("projects"), keyListYears)));
        inventory.write(snapshotDir.resolve(SnapshotStore.FILES), deferred);
        for (FeedSpec feed : feeds.values()) {
            reports.add(report(feed, staged.get(feed.name()), outcomes.get(feed.name()).tally(),
                    feed.name().equals(ENTERPRISE) ? enterprises.fallen() : List.of()));
        }
        return switchTo(snapshotDir, rowCounts, keep);
    }

    /**
     * Reads the files of changed folders, and, for a table that joins several feeds, the files of the
     * same periods in the other feeds too.
     */
    private Map<String, FeedStage.Staged> stage(Map<String, FeedSpec> feeds, Map<String, Set<String>> changed,
            List<FactTable> tables, Map<String, Set<PeriodKey>> periods) throws IOException {
        Map<String, Set<PeriodKey>> alsoRead = new LinkedHashMap<>();
        for (FactTable table : tables) {
            Set<PeriodKey> any = table.feeds().size() > 1 ? table.periods(periods) : Set.of();
            table.feeds().forEach(f -> alsoRead.put(f.name(), any));
        }
        Path stagingDir = paths.staging().resolve(loadId);
        Map<String, List<LandingInventory.Entry>> toRead = new LinkedHashMap<>();
        for (FeedSpec feed : feeds.values()) {
            toRead.put(feed.name(), inventory.files(feed.name()).stream()
                    .filter(e -> changed.get(feed.name()).contains(e.folder())
                            || alsoRead.get(feed.name()).contains(new PeriodKey(e.file().year(), e.file().period())))
                    .toList());
            toRead.get(feed.name()).forEach(e -> readFiles.add(e.file().relative()));
        }
        return SideBySide.each(List.copyOf(feeds.keySet()), name -> FeedStage.stage(spark, feeds.get(name),
                toRead.get(name), profile.id(), loadId, stagingDir));
    }

    /**
     * {@code fact_enterprise_period} first and on its own: its year-to-date check reaches into the
     * periods already published, and the rows it sets aside are the enterprise feed's rejections.
     */
    private Facts.EnterpriseRows publishEnterprises(TablePublisher publisher, Map<String, Precedence.Outcome> outcomes,
            Set<PeriodKey> reloaded, Map<String, Long> rowCounts) throws IOException {
        TableSchema table = TableSchema.load(FeedSpec.load(ENTERPRISE).publishedAs());
        Dataset<Row> earlier = publisher.readCurrent(table)
                .map(current -> current.filter(previousPeriods(reloaded)))
                .orElse(spark.createDataFrame(List.of(), SparkSchemas.of(table)));
        Dataset<Row> winners = outcomes.get(ENTERPRISE).winners();
        Facts.EnterpriseRows rows = new Facts.EnterpriseRows(winners, List.of());
        if (!reloaded.isEmpty()) {
            JobTimings.step(spark, "check enterprise years to date");
            rows = Facts.enterprise(winners, earlier);
        }
        rowCounts.put(table.name(), publisher.publish(table, rows.published(), partitions(reloaded)));
        return rows;
    }

    /** Every other fact table, from its feeds' winning rows, its changed partitions only. */
    private void publishFacts(TablePublisher publisher, List<FactTable> tables, Map<String, Precedence.Outcome> outcomes,
            Map<String, Set<PeriodKey>> periods, Map<String, Long> rowCounts) throws IOException {
        Map<String, Dataset<Row>> winners = new LinkedHashMap<>();
        outcomes.forEach((feed, outcome) -> winners.put(feed, outcome.winners()));
        Map<String, FactTable> left = new LinkedHashMap<>();
        tables.stream().filter(t -> !rowCounts.containsKey(t.table().name())).forEach(t -> left.put(t.table().name(), t));
        rowCounts.putAll(SideBySide.each(List.copyOf(left.keySet()), name -> publisher.publish(left.get(name).table(),
                left.get(name).rows(winners), left.get(name).partitions(left.get(name).periods(periods)))));
    }

    /**
     * {@code fact_restatement}: the rows that corrections replaced, in the touched partitions of every
     * feed. Only a feed with corrections among its files read can have any.
     */
    private void publishRestatements(TablePublisher publisher, Map<String, FeedSpec> feeds,
            Map<String, FeedStage.Staged> staged, Map<String, Precedence.Outcome> outcomes,
            Map<String, Set<PeriodKey>> periods, Map<String, Long> rowCounts) throws IOException {
        TableSchema table = TableSchema.load("fact_restatement");
        Dataset<Row> history = null;
        Set<String> touched = new TreeSet<>();
        for (FeedSpec feed : feeds.values()) {
            periods.get(feed.name()).forEach(p -> touched.add("feed=" + feed.name() + "/" + p.partition()));
            if (staged.get(feed.name()).hasCorrections()) {
                Dataset<Row> replaced = Facts.restatements(outcomes.get(feed.name()).superseded(), feed);
                history = history == null ? replaced : history.unionByName(replaced);
            }
        }
        rowCounts.put(table.name(), history == null ? publisher.publishEmpty(table, touched)
                : publisher.publish(table, history, touched));
    }

    /** Writes the ledger entry into the snapshot, makes it current, then tidies up. */
    private Snapshot switchTo(Path snapshotDir, Map<String, Long> rowCounts, int keep) throws IOException {
        LoadLedger.writeInto(spark, snapshotDir, ledgerEntry("published", loadId, ""));
        checkpoint.reached(Stage.BEFORE_SWITCH);
        Snapshot committed = store.commit(loadId, rowCounts);
        switched = true;
        checkpoint.reached(Stage.AFTER_SWITCH);
        LoadLedger.recover(paths.snapshots(), paths.ledger());
        store.prune(keep);
        Leftovers.remove(paths);
        return committed;
    }

    private FeedLoadReport report(FeedSpec feed, FeedStage.Staged staged, Precedence.Tally tally,
            List<Row> fell) throws IOException {
        List<Rejection> rejections = new ArrayList<>(staged.rejections());
        String keyHeaders = String.join("、", feed.key().stream().map(k -> header(feed, k)).toList());
        if (staged.filesRead() == 0) {
            // Nothing read: no rows to rank or check, and no Spark job to learn that.
            return report(feed, staged, rejections, Precedence.Tally.NONE, 0);
        }
        for (Row d : tally.duplicates()) {
            String first = d.getAs("_winner_file");
            rejections.add(new Rejection(d.getAs("source_file"), (int) d.getAs("source_row"), keyHeaders,
                    d.getAs("record_key"), RejectReason.DUPLICATE_ROW, "与" + (first.equals(d.getAs("source_file"))
                            ? "本文件" : " " + first + " ") + "第 " + d.getAs("_winner_row") + " 行重复，保留先出现的那一行"));
        }
        for (Row f : fell) {
            for (String column : List.of("revenue_ytd", "output_ytd")) {
                BigDecimal now = f.getAs(column);
                BigDecimal before = f.getAs("_" + column.replace("_ytd", "_before"));
                if (now != null && before != null && now.compareTo(before) < 0) {
                    rejections.add(new Rejection(f.getAs("source_file"), (int) f.getAs("source_row"),
                            header(feed, column), plain(now), RejectReason.YTD_DECREASED,
                            "上一期为 " + plain(before) + "，本期为 " + plain(now)));
                }
            }
        }
        return report(feed, staged, rejections, tally, fell.size());
    }

    private FeedLoadReport report(FeedSpec feed, FeedStage.Staged staged, List<Rejection> rejections,
            Precedence.Tally tally, long fell) throws IOException {
        Path quarantine = rejections.isEmpty() ? null
                : Quarantine.write(paths.quarantine().resolve(loadId), feed.name(), rejections);
        List<String> left = inventory.files(feed.name()).stream().map(e -> e.file().relative())
                .filter(deferred::contains).toList();
        return new FeedLoadReport(feed.name(), inventory.files(feed.name()).size(), staged.filesRead(),
                staged.rowsRead(), tally.winners() - fell, tally.superseded(), rejections, quarantine, left);
    }

    /** The Chinese header a rejection names for one of the feed's columns. */
    private static String header(FeedSpec feed, String column) {
        return feed.columns().stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow().header();
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /** The (year, month) pairs that a feed's changed folders stand for; folders with bad names have none. */
    private static Set<PeriodKey> periods(FeedSpec feed, Set<String> folders) {
        Set<PeriodKey> periods = new HashSet<>();
        for (String folder : folders) {
            int[] p = feed.folder().parse(folder.substring(folder.indexOf('/') + 1));
            if (p != null) {
                periods.add(PeriodKey.of(p));
            }
        }
        return periods;
    }

    private static Set<String> partitions(Set<PeriodKey> periods) {
        Set<String> partitions = new TreeSet<>();
        periods.forEach(p -> partitions.add(p.partition()));
        return partitions;
    }

    /** Published periods just before each reloaded one that this load does not itself rewrite. */
    private static Column previousPeriods(Set<PeriodKey> reloaded) {
        Column any = lit(false);
        for (PeriodKey p : reloaded) {
            if (!reloaded.contains(p.previous())) {
                any = any.or(col("year").equalTo(p.year()).and(col("period").equalTo(p.previous().period())));
            }
        }
        return any;
    }
}
