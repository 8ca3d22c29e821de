package org.imon.etl.load;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import org.imon.etl.snapshot.Snapshot;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.schema.TableSchema;

/**
 * Brings the dimensions of a new snapshot up to date at the cost of what changed. A dimension whose
 * inputs did not change is kept (its files linked from the current snapshot); the profile's
 * dimensions are compared by the fingerprint of their rows; {@code dim_enterprise} is extended from
 * the new periods alone when they all come after the ones it covers; cluster membership is redone
 * for the touched years only. Anything else is rebuilt whole.
 */
final class DimensionRefresh {
    /** Inside a snapshot: the fingerprint of each profile dimension it holds. */
    static final String FINGERPRINTS = "_dimensions.properties";

    /** What changed in the facts that the dimensions are drawn from. */
    record Changes(Set<PeriodKey> enterprisePeriods, Set<PeriodKey> projectPeriods, Set<Integer> keyListYears) {
    }

    private final SparkSession spark;
    private final TablePublisher publisher;
    private final Optional<Snapshot> current;
    private final Path snapshotDir;
    private final Map<String, Long> rowCounts = new LinkedHashMap<>();

    DimensionRefresh(SparkSession spark, TablePublisher publisher, Optional<Snapshot> current, Path snapshotDir) {
        this.spark = spark;
        this.publisher = publisher;
        this.current = current;
        this.snapshotDir = snapshotDir;
    }

    /** Publishes every dimension into the new snapshot; returns their row counts. */
    Map<String, Long> run(CityProfile profile, Changes changes) throws IOException {
        Properties before = fingerprints();
        Properties after = new Properties();
        boolean clustersChanged = false;
        Dataset<Row> clusters = null;
        for (Dimensions.Fixed dimension : Dimensions.fixed(profile)) {
            String name = dimension.table().name();
            String fingerprint = dimension.fingerprint();
            after.setProperty(name, fingerprint);
            boolean same = fingerprint.equals(before.getProperty(name)) && publisher.hasCurrent(dimension.table());
            rowCounts.put(name, same ? publisher.keep(dimension.table())
                    : publisher.publish(dimension.table(), dimension.dataset(spark), Set.of()));
            if (name.equals("dim_cluster")) {
                clustersChanged = !same;
                clusters = dimension.dataset(spark);
            }
        }
        try (Writer out = Files.newBufferedWriter(snapshotDir.resolve(FINGERPRINTS), StandardCharsets.UTF_8)) {
            after.store(out, "fingerprints of the profile's dimensions");
        }
        enterprise(changes.enterprisePeriods());
        project(changes.projectPeriods());
        enterpriseCluster(changes, clusters, clustersChanged);
        return rowCounts;
    }

    private void enterprise(Set<PeriodKey> touched) throws IOException {
        TableSchema table = TableSchema.load("dim_enterprise");
        TableSchema facts = TableSchema.load("fact_enterprise_period");
        Optional<PeriodKey> covered = publisher.currentPartitions(facts).stream().map(PeriodKey::ofPartition)
                .max(PeriodKey::compareTo);
        if (touched.isEmpty() && publisher.hasCurrent(table)) {
            rowCounts.put(table.name(), publisher.keep(table));
        } else if (covered.isPresent() && publisher.hasCurrent(table)
                && touched.stream().allMatch(p -> p.compareTo(covered.get()) > 0)) {
            rowCounts.put(table.name(), publisher.publish(table, Dimensions.enterpriseExtended(
                    publisher.readCurrent(table).orElseThrow(), publisher.read(facts).filter(in(touched))), Set.of()));
        } else {
            // From every enterprise row of the history: the window runs on every core, then one task
            // writes the one file (without the shuffle, the window would run in that single task).
            // Likewise the cluster bridge below when rebuilt whole. A night's smaller steps go without it.
            rowCounts.put(table.name(), publisher.publish(table,
                    Dimensions.enterprise(publisher.read(facts)).repartition(1), Set.of()));
        }
    }

    private void project(Set<PeriodKey> touched) throws IOException {
        TableSchema table = TableSchema.load("dim_project");
        rowCounts.put(table.name(), touched.isEmpty() && publisher.hasCurrent(table) ? publisher.keep(table)
                : publisher.publish(table, Dimensions.project(publisher.read(TableSchema.load("fact_project_period"))),
                        Set.of()));
    }

    private void enterpriseCluster(Changes changes, Dataset<Row> clusters, boolean clustersChanged) throws IOException {
        TableSchema table = TableSchema.load("bridge_enterprise_cluster");
        Dataset<Row> facts = publisher.read(TableSchema.load("fact_enterprise_period"));
        Dataset<Row> lists = publisher.read(TableSchema.load("fact_key_list"));
        Set<Integer> years = new TreeSet<>(changes.keyListYears());
        changes.enterprisePeriods().forEach(p -> years.add(p.year()));
        if (clustersChanged || !publisher.hasCurrent(table)) {
            rowCounts.put(table.name(), publisher.publish(table,
                    Dimensions.enterpriseCluster(facts, lists, clusters).repartition(1), Set.of()));
        } else if (years.isEmpty()) {
            rowCounts.put(table.name(), publisher.keep(table));
        } else {
            Column touched = col("year").isin(years.toArray());
            Dataset<Row> kept = publisher.readCurrent(table).orElseThrow().filter(not(touched));
            Dataset<Row> redone = Dimensions.enterpriseCluster(facts.filter(touched), lists.filter(touched), clusters);
            rowCounts.put(table.name(), publisher.publish(table, kept.unionByName(redone), Set.of()));
        }
    }

    /** Rows of the given periods. */
    private static Column in(Set<PeriodKey> periods) {
        Column any = lit(false);
        for (PeriodKey p : periods) {
            any = any.or(col("year").equalTo(p.year()).and(col("period").equalTo(p.period())));
        }
        return any;
    }

    private Properties fingerprints() throws IOException {
        Properties p = new Properties();
        if (current.isPresent() && Files.isRegularFile(current.get().dir().resolve(FINGERPRINTS))) {
            try (Reader in = Files.newBufferedReader(current.get().dir().resolve(FINGERPRINTS), StandardCharsets.UTF_8)) {
                p.load(in);
            }
        }
        return p;
    }
}
