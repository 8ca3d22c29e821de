package org.imon.etl.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.imon.etl.feed.FeedSpec;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.profile.CityProfile;

/**
 * Writes a year of the three region-level feeds from the year's {@link RegionTotals}: the statistics
 * bureau's value-added growth per period, and the power company's electricity and the tax bureau's
 * VAT per month. Each file lists the regions in circular order, then the whole city.
 */
final class RegionFeedsWriter {
    private final Path landingRoot;
    private final CityProfile profile;
    private final long seed;
    /** The value-added growth written for the year being written, by period: each region's, then the city's (%). */
    private final double[][] valueAddedGrowth = new double[13][];

    RegionFeedsWriter(Path landingRoot, CityProfile profile, long seed) {
        this.landingRoot = landingRoot;
        this.profile = profile;
        this.seed = seed;
    }

    /** Writes the year's files; returns the city's value-added growth of the last period written (%). */
    double writeYear(int year, int lastPeriod, RegionTotals totals) throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 31 + year);
        double cityGrowth = 0;
        for (int p = 2; p <= lastPeriod; p++) {
            cityGrowth = writeValueAddedGrowth(year, p, totals, random);
        }
        for (int m = 1; m <= lastPeriod; m++) {
            writeMonthly("electricity", "万千瓦时", year + "年" + m + "月分地区工业用电量", year, m,
                    totals.regions, totals.electricity, totals.electricityLastYear);
            writeMonthly("vat", "万元", year + "年" + m + "月分地区工业增值税", year, m, totals.regions, totals.vat,
                    totals.vatLastYear);
        }
        return cityGrowth;
    }

    /** The value-added growth just written for a period of the year: region {@code r}, or the city for r = regions. */
    double valueAddedGrowth(int period, int r) {
        return valueAddedGrowth[period][r];
    }

    /** Value-added growth at comparable prices: revenue growth on the comparable basis less price change. */
    private double writeValueAddedGrowth(int year, int period, RegionTotals totals, SplittableRandom random)
            throws IOException {
        FeedSpec feed = FeedSpec.load("region_indicators");
        Path file = folder(feed.name(), year, period)
                .resolve(new ReportingPeriod(year, period).label() + "分地区规模以上工业增加值增速");
        long cityNow = 0;
        long cityBefore = 0;
        valueAddedGrowth[period] = new double[totals.regions.size() + 1];
        try (TableWriter w = TableWriter.open(file, TableWriter.Format.CSV_UTF8_BOM, "", feed.writtenHeaders("万元"))) {
            for (int r = 0; r < totals.regions.size(); r++) {
                long now = MonthlyFigures.ytd(totals.revenue[r], period);
                long before = MonthlyFigures.ytd(totals.revenueLastYear[r], period);
                cityNow += now;
                cityBefore += before;
                String code = reported(totals.regions.get(r), year);
                String regionGrowth = growth(now, before, year, 0.8, random);
                valueAddedGrowth[period][r] = Double.parseDouble(regionGrowth);
                w.row(List.of(code, name(code), regionGrowth));
            }
            String city = growth(cityNow, cityBefore, year, 0.3, random);
            valueAddedGrowth[period][totals.regions.size()] = Double.parseDouble(city);
            w.row(List.of(profile.cityRegionCode(), "全市", city));
            return Double.parseDouble(city);
        }
    }

    private void writeMonthly(String feedName, String unit, String title, int year, int month, List<String> regions,
            double[][] values, double[][] lastYear) throws IOException {
        FeedSpec feed = FeedSpec.load(feedName);
        Path file = folder(feedName, year, month).resolve(title);
        double[] city = new double[3];
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            double thisMonth = values[r][month - 1];
            double ytd = sum(values[r], month);
            double ly = sum(lastYear[r], month);
            city[0] += thisMonth;
            city[1] += ytd;
            city[2] += ly;
            String code = reported(regions.get(r), year);
            rows.add(List.of(code, name(code), Amounts.tenths(thisMonth), Amounts.tenths(ytd),
                    Amounts.tenths(ly)));
        }
        rows.add(List.of(profile.cityRegionCode(), "全市", Amounts.tenths(city[0]), Amounts.tenths(city[1]),
                Amounts.tenths(city[2])));
        try (TableWriter w = TableWriter.open(file, TableWriter.Format.CSV_UTF8_BOM, "", feed.writtenHeaders(unit))) {
            for (List<String> row : rows) {
                w.row(row);
            }
        }
    }

    private static String growth(long now, long before, int year, double noise, SplittableRandom random) {
        double g = before == 0 ? 0 : (now - before) * 100.0 / before - GrowthPath.priceChange(year)
                + random.nextGaussian() * noise;
        return String.format(Locale.ROOT, "%.1f", g);
    }

    private static double sum(double[] months, int upTo) {
        double s = 0;
        for (int m = 0; m < upTo; m++) {
            s += months[m];
        }
        return s;
    }

    private String reported(String currentCode, int year) {
        return profile.codeIn(currentCode, year).orElseThrow();
    }

    private String name(String code) {
        return profile.region(code).orElseThrow().shortName();
    }

    private Path folder(String feed, int year, int month) {
        return landingRoot.resolve(feed).resolve(String.format("%d-%02d", year, month));
    }
}
