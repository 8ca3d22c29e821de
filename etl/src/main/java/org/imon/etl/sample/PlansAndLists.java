package org.imon.etl.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.imon.etl.feed.FeedSpec;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.Cluster;
import org.imon.warehouse.reference.CsvRecords;

/**
 * The city government's yearly files: the targets (目标任务, as {@link SampleTargets} sets them from the
 * profile), the key enterprise lists of the profile's {@code sample_key_lists.csv} (Xuchang's 百户重点企业
 * and 双百 lists, Suizhou's 50 key enterprises), each the largest or fastest-growing by last year's
 * figures, and the enterprises the city puts on cluster lists by hand.
 */
final class PlansAndLists {
    /**
     * What a year's targets are set from: each cluster's revenue (亿元), the city's value-added growth
     * (%), its entrants and their pull on output growth (points), of the year before.
     */
    record LastYear(Map<String, Double> clusterRevenueYi, double valueAddedGrowth, int entrants, double entrantsPullPts) {
    }

    private final Path landingRoot;
    private final CityProfile profile;
    private final IndustryMix mix;
    private final SampleTargets targets;
    private final List<Map<String, String>> keyLists;

    PlansAndLists(Path landingRoot, CityProfile profile, IndustryMix mix) {
        this.landingRoot = landingRoot;
        this.profile = profile;
        this.mix = mix;
        this.targets = SampleTargets.load(profile);
        this.keyLists = CsvRecords.read("profiles/" + profile.id() + "/sample_key_lists.csv");
    }

    void writeTargets(int year, LastYear last) throws IOException {
        write(FeedSpec.load("targets"), year, year + "年工业经济目标任务", targets.forYear(year, last));
    }

    /**
     * Each cluster's revenue of a year (亿元), from the given months of the enterprises: this year's
     * for the next year's targets, or the 上年同期 of a first year's enterprises.
     */
    Map<String, Double> clusterRevenueYi(List<SampleEnterprise> enterprises, int year) {
        Map<String, Double> revenue = new HashMap<>();
        for (Cluster c : profile.clusters()) {
            revenue.put(c.code(), 0.0);
        }
        for (SampleEnterprise e : enterprises) {
            double yi = MonthlyFigures.ytd(e.figures(year).revenue(), 12) / 10.0 / 10_000;
            for (Cluster c : profile.clusters()) {
                if (c.coversIndustry(e.industryIn(year)) || c.code().equals(mix.row(e.mixRow()).explicitCluster())) {
                    revenue.merge(c.code(), yi, Double::sum);
                }
            }
        }
        return revenue;
    }

    /**
     * The pull of the year's entrants (新入库) on the growth of 1-12月 output, in points, on the 上年同期
     * the enterprise feed reports: Σ entrants' increase / Σ every enterprise's 上年同期 × 100.
     */
    static double entrantsPullPts(List<SampleEnterprise> active, int year) {
        long base = 0;
        long entrantsIncrease = 0;
        for (SampleEnterprise e : active) {
            long lastYear = MonthlyFigures.ytd(RestatedBase.lastYearAsReported(e, year).output(), 12);
            base += lastYear;
            if (e.entryYear() == year) {
                entrantsIncrease += MonthlyFigures.ytd(e.figures(year).output(), 12) - lastYear;
            }
        }
        return base == 0 ? 0 : 100.0 * entrantsIncrease / base;
    }

    /**
     * The year's lists of {@code sample_key_lists.csv}, chosen at the start of the year from last
     * year's figures of the enterprises above scale this year, and the cluster lists.
     */
    void writeLists(int year, List<SampleEnterprise> active) throws IOException {
        FeedSpec feed = FeedSpec.load("key_lists");
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> list : keyLists) {
            rows.addAll(top(list.get("list_code"), list.get("list_name"), Integer.parseInt(list.get("size")), year,
                    candidates(list.get("ranked_by"), year, active), measure(list.get("ranked_by"), year)));
        }
        for (Cluster c : profile.clusters()) {
            int rank = 0;
            for (SampleEnterprise e : active) {
                if (c.code().equals(mix.row(e.mixRow()).explicitCluster())) {
                    rows.add(List.of("cluster_" + c.code(), c.name() + "产业集群企业名单", e.creditCode(), e.nameIn(year),
                            Integer.toString(++rank)));
                }
            }
        }
        write(feed, year, year + "年重点企业及产业集群名单", rows);
    }

    /** Growth is ranked among enterprises with two years behind them and at least 1亿 last year. */
    private static List<SampleEnterprise> candidates(String rankedBy, int year, List<SampleEnterprise> active) {
        return rankedBy.equals("growth")
                ? active.stream().filter(e -> e.entryYear() < year && e.level(year - 1) >= 10_000).toList()
                : active;
    }

    private static ToDoubleFunction<SampleEnterprise> measure(String rankedBy, int year) {
        return switch (rankedBy) {
            case "output" -> e -> MonthlyFigures.ytd(e.figures(year - 1).output(), 12);
            case "revenue" -> e -> MonthlyFigures.ytd(e.figures(year - 1).revenue(), 12);
            case "growth" -> e -> e.level(year - 1) / e.level(year - 2);
            default -> throw new IllegalStateException("sample_key_lists.csv: ranked_by is output, revenue or growth, not "
                    + rankedBy);
        };
    }

    private static List<List<String>> top(String code, String name, int size, int year,
            List<SampleEnterprise> candidates, ToDoubleFunction<SampleEnterprise> measure) {
        // Measured once each: a measure draws the enterprise's months, too dear to draw at every comparison.
        Map<SampleEnterprise, Double> measured = new IdentityHashMap<>();
        candidates.forEach(e -> measured.put(e, measure.applyAsDouble(e)));
        List<SampleEnterprise> ranked = candidates.stream()
                .sorted(Comparator.comparingDouble((SampleEnterprise e) -> measured.get(e)).reversed()
                        .thenComparing(SampleEnterprise::creditCode))
                .limit(size).toList();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            rows.add(List.of(code, name, ranked.get(i).creditCode(), ranked.get(i).nameIn(year), Integer.toString(i + 1)));
        }
        return rows;
    }

    private void write(FeedSpec feed, int year, String title, List<List<String>> rows) throws IOException {
        Path file = landingRoot.resolve(feed.name()).resolve(Integer.toString(year)).resolve(title);
        try (TableWriter w = TableWriter.open(file, TableWriter.Format.CSV_UTF8_BOM, "", feed.writtenHeaders("万元"))) {
            for (List<String> row : rows) {
                w.row(row);
            }
        }
    }
}
