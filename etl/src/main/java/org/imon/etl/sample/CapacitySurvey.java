package org.imon.etl.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.imon.etl.feed.FeedSpec;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.reference.IndustryClassification;

/**
 * The statistics bureau's quarterly 工业产能利用率调查 (产能利用率 feed): after each quarter, the city's rate
 * for industry as a whole, for mining, manufacturing and utilities, and for every division the city's
 * industry mix holds, each beside the same quarter last year. City-wide only, as the bureau publishes it.
 *
 * <p>A division keeps its own level (70–84 %, around the national 75–77 %) and drifts a little from
 * year to year, every quarter's rate staying within 65–85 %; the first quarter runs lowest (the Spring
 * Festival stops work) and the fourth highest. The bureau weights by capacity, which it does not
 * publish: the sample weights sections and the city by the divisions' revenue instead.
 */
final class CapacitySurvey {
    private static final double LOWEST_PCT = 65;
    private static final double HIGHEST_PCT = 85;
    /** Where a division's own level is drawn: a little inside the rates' range, so that seasons fit. */
    private static final double LEVEL_FROM_PCT = 70;
    private static final double LEVEL_TO_PCT = 84;
    /** Points the quarter adds to a division's level: 一季度 low, 四季度 high. */
    private static final double[] SEASON_PTS = {-2.5, 0.5, 0.5, 1.5};
    private static final List<String> QUARTER_NAMES = List.of("一季度", "二季度", "三季度", "四季度");

    private final Path landingRoot;
    private final CityProfile profile;
    private final IndustryClassification industries;
    private final long seed;
    /** Division → its weight (revenue, 亿元) in the city's industry. */
    private final Map<String, Double> weights = new TreeMap<>();
    /** Division → its level this year, drifting year by year. */
    private final Map<String, Double> levels = new TreeMap<>();
    /** Every published code (sections, divisions, "" for the whole) → rate by quarter, of the year before. */
    private Map<String, double[]> lastYear;

    CapacitySurvey(Path landingRoot, CityProfile profile, IndustryMix mix, IndustryClassification industries, long seed) {
        this.landingRoot = landingRoot;
        this.profile = profile;
        this.industries = industries;
        this.seed = seed;
        for (IndustryMix.Row row : mix.rows()) {
            for (String industryClass : row.classes()) {
                weights.merge(industryClass.substring(0, 2), row.revenue2015Yi() / row.classes().size(), Double::sum);
            }
        }
        SplittableRandom character = new SplittableRandom(seed * 89 + 7);
        weights.keySet().forEach(d -> levels.put(d, LEVEL_FROM_PCT + (LEVEL_TO_PCT - LEVEL_FROM_PCT) * character.nextDouble()));
    }

    /** Writes the quarters of the year that end by {@code lastPeriod} (1-N月). */
    void writeYear(int year, int lastPeriod) throws IOException {
        if (lastYear == null) {
            lastYear = rates(new SplittableRandom(seed * 97 + year - 1));
        }
        Map<String, double[]> now = rates(new SplittableRandom(seed * 97 + year));
        for (int quarter = 1; quarter * 3 <= lastPeriod; quarter++) {
            write(year, quarter, now);
        }
        lastYear = now;
    }

    /** A year's rates by quarter: each division's, then the sections' and the whole's, weighted. */
    private Map<String, double[]> rates(SplittableRandom random) {
        Map<String, double[]> rates = new TreeMap<>();
        Map<String, double[]> weighted = new TreeMap<>();
        Map<String, Double> weightOf = new TreeMap<>();
        for (Map.Entry<String, Double> division : weights.entrySet()) {
            String code = division.getKey();
            double level = clamp(levels.get(code) + random.nextGaussian());
            levels.put(code, level);
            double[] quarters = new double[4];
            for (int q = 0; q < 4; q++) {
                quarters[q] = clamp(level + SEASON_PTS[q] + random.nextGaussian() * 0.8);
            }
            rates.put(code, quarters);
            String section = industries.find(code).orElseThrow().section();
            for (String group : List.of(section, "")) {
                weightOf.merge(group, division.getValue(), Double::sum);
                double[] sum = weighted.computeIfAbsent(group, g -> new double[4]);
                for (int q = 0; q < 4; q++) {
                    sum[q] += quarters[q] * division.getValue();
                }
            }
        }
        weighted.forEach((group, sum) -> {
            double[] quarters = new double[4];
            for (int q = 0; q < 4; q++) {
                quarters[q] = sum[q] / weightOf.get(group);
            }
            rates.put(group, quarters);
        });
        return rates;
    }

    private void write(int year, int quarter, Map<String, double[]> now) throws IOException {
        FeedSpec feed = FeedSpec.load("capacity_utilization");
        String name = year + "年" + QUARTER_NAMES.get(quarter - 1);
        Path file = landingRoot.resolve(feed.name()).resolve(year + "-Q" + quarter).resolve(name + "工业产能利用率");
        try (TableWriter w = TableWriter.open(file, TableWriter.Format.CSV_UTF8_BOM, name + "分行业工业产能利用率",
                feed.writtenHeaders("万元"))) {
            // the whole first, then each section followed by its divisions, as the bureau's table runs
            List<String> order = new ArrayList<>(List.of(""));
            for (String section : List.of("B", "C", "D")) {
                if (now.containsKey(section)) {
                    order.add(section);
                    now.keySet().stream().filter(c -> c.length() == 2
                            && industries.find(c).orElseThrow().section().equals(section)).forEach(order::add);
                }
            }
            for (String code : order) {
                String written = code.length() == 2 ? industries.find(code).orElseThrow().section() + code : code;
                String industryName = code.isEmpty() ? "全部工业" : industries.find(code).orElseThrow().name();
                w.row(List.of(profile.cityRegionCode(), "全市", written, industryName,
                        Amounts.tenths(now.get(code)[quarter - 1]), Amounts.tenths(lastYear.get(code)[quarter - 1])));
            }
        }
    }

    private static double clamp(double pct) {
        return Math.max(LOWEST_PCT, Math.min(HIGHEST_PCT, pct));
    }
}
