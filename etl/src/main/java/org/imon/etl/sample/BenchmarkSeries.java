package org.imon.etl.sample;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.imon.warehouse.reference.CsvRecords;

/**
 * The nation's and the province's 规模以上工业增加值 growth, year to date, from the profile's
 * {@code sample_benchmarks.csv}: the published figures where they are public (its {@code source}
 * column names the release), derived ones marked {@code derived} elsewhere. The sample's benchmark
 * feed writes them, and the sample city's own path follows the province's.
 */
final class BenchmarkSeries {
    static final String NATION = "全国";

    private final Map<String, TreeMap<Integer, double[]>> growth = new HashMap<>();
    private final Map<String, Map<Integer, double[]>> monthFactors = new HashMap<>();

    private BenchmarkSeries() {
    }

    /** The profile's series; every row must say whether it was published or derived, and from what. */
    static BenchmarkSeries load(String profileId) {
        String file = "profiles/" + profileId + "/sample_benchmarks.csv";
        BenchmarkSeries series = new BenchmarkSeries();
        for (CsvRecords.Row row : CsvRecords.readRows(file)) {
            Map<String, String> r = row.fields();
            if (!Set.of("published", "derived").contains(r.get("status")) || r.get("source").isBlank()) {
                throw new IllegalStateException(
                        file + " line " + row.line() + ": status must be published or derived, with a source");
            }
            int year = Integer.parseInt(r.get("year"));
            int period = Integer.parseInt(r.get("period"));
            series.growth.computeIfAbsent(r.get("area"), a -> new TreeMap<>())
                    .computeIfAbsent(year, y -> new double[13])[period] = Double.parseDouble(r.get("va_growth_pct"));
        }
        return series;
    }

    /** Year-to-date growth of 1-period月 (%); a year outside the file takes its nearest year's path. */
    double growth(String area, int year, int period) {
        return path(area, year)[period];
    }

    /** The year's growth (%), that of 1-12月. */
    double annual(String area, int year) {
        return growth(area, year, 12);
    }

    /**
     * How far each month of a year stands from the year's even path, so that months weighted by
     * {@code normal} and by these factors give the area's year-to-date growth against last year's
     * months. A year whose growth is the same at every period keeps last year's shape; a shock
     * (2020) shows as months below 1, and the next year's path, measured against those months,
     * brings them back. Months 1 and 2 share one factor: 1-2月 is published together.
     */
    double[] monthFactors(String area, int year, double[] normal) {
        TreeMap<Integer, double[]> years = growth.get(area);
        int clamped = Math.max(years.firstKey(), Math.min(years.lastKey(), year));
        Map<Integer, double[]> known = monthFactors.computeIfAbsent(area, a -> new HashMap<>());
        double[] factors = known.get(clamped);
        if (factors == null) {
            factors = derive(area, clamped, normal);
            known.put(clamped, factors);
        }
        return factors;
    }

    private double[] derive(String area, int y, double[] normal) {
        double[] before = y == growth.get(area).firstKey() ? even() : monthFactors(area, y - 1, normal);
        double[] path = path(area, y);
        double[] factors = new double[12];
        double lastYearSoFar = 0;
        double weightSoFar = 0;
        double cumulative = 0;
        for (int m = 1; m <= 12; m++) {
            lastYearSoFar += normal[m - 1] * before[m - 1];
            weightSoFar += normal[m - 1];
            if (m == 1) {
                continue;
            }
            double target = (1 + path[m] / 100) / (1 + path[12] / 100) * lastYearSoFar;
            if (m == 2) {
                factors[0] = factors[1] = target / weightSoFar;
            } else {
                factors[m - 1] = (target - cumulative) / normal[m - 1];
            }
            cumulative = target;
        }
        return factors;
    }

    private double[] path(String area, int year) {
        TreeMap<Integer, double[]> years = growth.get(area);
        if (years == null) {
            throw new IllegalArgumentException("sample_benchmarks.csv has no series for " + area);
        }
        return years.get(Math.max(years.firstKey(), Math.min(years.lastKey(), year)));
    }

    private static double[] even() {
        double[] ones = new double[12];
        Arrays.fill(ones, 1.0);
        return ones;
    }
}
