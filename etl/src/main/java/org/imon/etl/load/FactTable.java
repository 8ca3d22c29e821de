package org.imon.etl.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import org.imon.etl.feed.FeedSpec;
import org.imon.warehouse.schema.TableSchema;

/**
 * A published fact table and how a load makes it: the feeds published as it (their feed file's
 * {@code published_as}), its grain (its schema's {@code partitioned_by}) and its transform from those
 * feeds' winning rows. Adding a feed is one feed file, and, if its table is more than the feed's
 * winning rows, one entry in {@link #TRANSFORMS}.
 */
record FactTable(TableSchema table, List<FeedSpec> feeds, Function<Map<String, Dataset<Row>>, Dataset<Row>> transform) {

    /** The tables that are more than their one feed's winning rows, by table name. */
    private static final Map<String, Function<Map<String, Dataset<Row>>, Dataset<Row>>> TRANSFORMS = Map.of(
            "fact_region_period", w -> Facts.region(w.get("region_indicators"), w.get("electricity"), w.get("vat")),
            "fact_benchmark", w -> Facts.benchmark(w.get("benchmarks")));

    /** Every table the feeds are published as, in the feeds' order. */
    static List<FactTable> of(Collection<FeedSpec> feeds) {
        Map<String, List<FeedSpec>> byTable = new LinkedHashMap<>();
        feeds.forEach(f -> byTable.computeIfAbsent(f.publishedAs(), t -> new ArrayList<>()).add(f));
        List<FactTable> tables = new ArrayList<>();
        byTable.forEach((name, from) -> tables.add(new FactTable(TableSchema.load(name), List.copyOf(from),
                TRANSFORMS.getOrDefault(name, w -> w.get(from.get(0).name())))));
        return tables;
    }

    /** The table's rows from its feeds' winning rows (by feed name). */
    Dataset<Row> rows(Map<String, Dataset<Row>> winners) {
        return transform.apply(winners);
    }

    /**
     * The periods this load rewrites: those of any of its feeds' changed folders. A table that joins
     * several feeds needs each of them read again for every such period.
     */
    Set<PeriodKey> periods(Map<String, Set<PeriodKey>> changedPeriods) {
        Set<PeriodKey> periods = new TreeSet<>();
        feeds.forEach(f -> periods.addAll(changedPeriods.get(f.name())));
        return periods;
    }

    /** The partition folders those periods are, at the table's grain: {@code year=…/period=…} or {@code year=…}. */
    Set<String> partitions(Set<PeriodKey> periods) {
        boolean byYear = table.partitionColumns().equals(List.of("year"));
        Set<String> partitions = new TreeSet<>();
        periods.forEach(p -> partitions.add(byYear ? p.yearPartition() : p.partition()));
        return partitions;
    }
}
