package org.imon.etl.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.imon.etl.feed.FeedSpec;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.Cluster;

/**
 * The city government's yearly files: the targets (目标任务), and the key enterprise lists — 百户重点企业 (the 100 largest by last year's output), the 双百 lists (100 largest
 * by revenue, 100 fastest-growing) and the enterprises the city puts on cluster lists by hand.
 * Targets are set as the seeds set them: the seed's own figure where a seed fixes one (the cluster
 * tiers for 2015, seed 000 七; the 百户 targets, seed 000 一; 6.5% value-added growth in the first half
 * of 2024, seed 003), otherwise a stretch above last year's actual (seed 000 三: more entrants than
 * last year).
 */
final class PlansAndLists {
    /** The year seed 000 fixes the cluster tiers for. */
    static final int CLUSTER_TIER_YEAR = 2015;
    /** A cluster's target: this much above last year's revenue, rounded up to 10亿. */
    static final double CLUSTER_STRETCH = 0.08;
    /** Value-added growth target: this many points above last year's, rounded up to half a point. */
    static final double GROWTH_STRETCH_PTS = 1.0;
    /** Entrants target: this much above last year's entrants, rounded up (seed 000 三: 较上年有所提高). */
    static final double ENTRANTS_STRETCH = 0.05;
    /** The entrants target of a first year, when last year's entrants are not in the sample. */
    static final int FIRST_ENTRANTS_TARGET = 110;

    /**
     * What a year's targets are set from: each cluster's revenue (亿元), the city's value-added growth
     * (%) and its entrants, of the year before.
     */
    record LastYear(Map<String, Double> clusterRevenueYi, double valueAddedGrowth, int entrants) {
    }

    private final Path landingRoot;
    private final CityProfile profile;
    private final IndustryMix mix;

    PlansAndLists(Path landingRoot, CityProfile profile, IndustryMix mix) {
        this.landingRoot = landingRoot;
        this.profile = profile;
        this.mix = mix;
    }

    void writeTargets(int year, LastYear last) throws IOException {
        FeedSpec feed = FeedSpec.load("targets");
        List<List<String>> rows = new ArrayList<>();
        double growthTarget = Math.ceil((last.valueAddedGrowth() + GROWTH_STRETCH_PTS) * 2) / 2;
        rows.add(target("GY01", "规模以上工业增加值增长", "city", profile.cityRegionCode(), "value_added", "growth_pct", "%",
                growthTarget, year == 2024 ? "6.5" : ""));
        for (Cluster c : profile.clusters()) {
            double target = year == CLUSTER_TIER_YEAR ? c.targetTierYi()
                    : Math.ceil(last.clusterRevenueYi().get(c.code()) * (1 + CLUSTER_STRETCH) / 10.0) * 10.0;
            rows.add(target("JQ-" + c.code(), c.name() + "产业集群主营业务收入", "cluster", c.code(), "revenue", "level", "亿元",
                    target, ""));
        }
        rows.add(target("BH01", "百户重点企业产值增长", "key_group", "key100", "output", "growth_pct", "%", 13.0, "12.5"));
        rows.add(target("BH02", "百户重点企业产值占规模以上工业比重", "key_group", "key100", "output", "share_pct", "%", 53.0, ""));
        rows.add(target("BH03", "百户重点企业拉动规模以上工业增长", "key_group", "key100", "output", "pull_pts", "百分点", 1.0,
                "0.5"));
        List<String> investment = target("XM01", "重点工业项目完成投资", "projects", "key_projects", "investment", "level",
                "亿元", 300.0, year == 2024 ? "390" : "");
        rows.add(withQuarters(investment, "45", "75", "90", "90"));
        rows.add(target("XM02", "重点工业项目个数", "projects", "key_projects", "projects", "count", "个", 120.0, ""));
        rows.add(target("XM03", "项目投产新增产值", "projects", "key_projects", "new_output", "level", "亿元", 80.0, ""));
        double entrants = last.entrants() == 0 ? FIRST_ENTRANTS_TARGET : Math.ceil(last.entrants() * (1 + ENTRANTS_STRETCH));
        rows.add(target("RK01", "新入库规模以上工业企业", "city", profile.cityRegionCode(), "entrants", "count", "家", entrants, ""));
        rows.add(target("LR01", "规模以上工业营业收入利润率", "city", profile.cityRegionCode(), "profit_margin", "ratio_pct", "%",
                6.0, ""));
        rows.add(target("WT01", "政策范围内企业问题办结率", "city", profile.cityRegionCode(), "problem_resolution", "ratio_pct",
                "%", 100.0, ""));
        write(feed, year, year + "年工业经济目标任务", rows);
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
     * The year's lists, chosen at the start of the year from last year's figures of the enterprises
     * above scale this year.
     */
    void writeLists(int year, List<SampleEnterprise> active) throws IOException {
        FeedSpec feed = FeedSpec.load("key_lists");
        List<List<String>> rows = new ArrayList<>();
        rows.addAll(top("key100", "百户重点企业", year, active, e -> MonthlyFigures.ytd(e.figures(year - 1).output(), 12)));
        rows.addAll(top("top100_largest", "双百企业·百强企业", year, active,
                e -> MonthlyFigures.ytd(e.figures(year - 1).revenue(), 12)));
        List<SampleEnterprise> established = active.stream()
                .filter(e -> e.entryYear() < year && e.level(year - 1) >= 10_000).toList();
        rows.addAll(top("top100_growth", "双百企业·百家高成长企业", year, established, e -> e.level(year - 1) / e.level(year - 2)));
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

    private static List<List<String>> top(String code, String name, int year, List<SampleEnterprise> candidates,
            ToDoubleFunction<SampleEnterprise> measure) {
        // Measured once each: a measure draws the enterprise's months, too dear to draw at every comparison.
        Map<SampleEnterprise, Double> measured = new IdentityHashMap<>();
        candidates.forEach(e -> measured.put(e, measure.applyAsDouble(e)));
        List<SampleEnterprise> ranked = candidates.stream()
                .sorted(Comparator.comparingDouble((SampleEnterprise e) -> measured.get(e)).reversed()
                        .thenComparing(SampleEnterprise::creditCode))
                .limit(100).toList();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            rows.add(List.of(code, name, ranked.get(i).creditCode(), ranked.get(i).nameIn(year), Integer.toString(i + 1)));
        }
        return rows;
    }

    private static List<String> target(String id, String name, String subjectType, String subject, String indicator,
            String measure, String unit, double annual, String firstHalf) {
        return List.of(id, name, subjectType, subject, indicator, measure, unit, number(annual), firstHalf, "", "", "", "");
    }

    private static List<String> withQuarters(List<String> target, String q1, String q2, String q3, String q4) {
        List<String> split = new ArrayList<>(target.subList(0, 9));
        split.addAll(List.of(q1, q2, q3, q4));
        return split;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
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
