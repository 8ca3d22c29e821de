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
 * The statistics bureau's 规模以上工业综合能源消费量 release (energy_consumption feed), each period from
 * 1-2月: every region's and the city's year-to-date consumption growth, a few points under the value-added
 * growth the bureau published for the same period (节能降耗: energy per unit of value added falls), and the
 * level (万吨标准煤) where the bureau publishes one: for the city, and for the regions that report it.
 *
 * <p>Levels are drawn for every region and year, so that growth and levels agree; the city's growth is
 * that of the regions' sum.
 */
final class EnergyRelease {
    /** The city's consumption in the year before the sample starts, 万吨标准煤 (a prefecture city's industry). */
    private static final double FIRST_YEAR_WAN_TCE = 900;
    /** Consumption grows about this many points below value added, each region and year drawn about it. */
    private static final double BELOW_VALUE_ADDED_PTS = 5;

    private final Path landingRoot;
    private final CityProfile profile;
    private final long seed;
    private final List<String> regions;
    private final boolean[] publishesLevel;
    /** Per region, last year's year-to-date consumption by period (index = period), 万吨标准煤. */
    private double[][] lastYear;

    EnergyRelease(Path landingRoot, CityProfile profile, long seed, List<String> regions) {
        this.landingRoot = landingRoot;
        this.profile = profile;
        this.seed = seed;
        this.regions = regions;
        SplittableRandom character = new SplittableRandom(seed * 97 + 29);
        publishesLevel = new boolean[regions.size()];
        lastYear = new double[regions.size()][13];
        for (int r = 0; r < regions.size(); r++) {
            publishesLevel[r] = character.nextInt(3) != 0;
            double yearly = FIRST_YEAR_WAN_TCE / regions.size() * (0.4 + 1.2 * character.nextDouble());
            for (int p = 2; p <= 12; p++) {
                lastYear[r][p] = yearly * p / 12;
            }
        }
    }

    /** Writes the year's releases up to {@code lastPeriod}, after the value-added growth of the same periods. */
    void writeYear(int year, int lastPeriod, RegionFeedsWriter valueAdded) throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 89 + year);
        double[] gap = new double[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            gap[r] = BELOW_VALUE_ADDED_PTS + random.nextGaussian() * 1.5;
        }
        double[][] now = new double[regions.size()][13];
        for (int p = 2; p <= lastPeriod; p++) {
            for (int r = 0; r < regions.size(); r++) {
                double growth = valueAdded.valueAddedGrowth(p, r) - gap[r] + random.nextGaussian() * 0.5;
                now[r][p] = lastYear[r][p] * (1 + growth / 100);
            }
            write(year, p, now);
        }
        lastYear = now;
    }

    private void write(int year, int period, double[][] now) throws IOException {
        FeedSpec feed = FeedSpec.load("energy_consumption");
        Path file = landingRoot.resolve(feed.name()).resolve(String.format("%d-%02d", year, period))
                .resolve(new ReportingPeriod(year, period).label() + "分地区规模以上工业综合能源消费量");
        double city = 0;
        double cityBefore = 0;
        try (TableWriter w = TableWriter.open(file, TableWriter.Format.CSV_UTF8_BOM, "", feed.writtenHeaders("万吨标准煤"))) {
            for (int r = 0; r < regions.size(); r++) {
                String code = profile.codeIn(regions.get(r), year).orElseThrow();
                city += now[r][period];
                cityBefore += lastYear[r][period];
                w.row(row(code, profile.region(code).orElseThrow().shortName(), now[r][period], lastYear[r][period],
                        publishesLevel[r]));
            }
            w.row(row(profile.cityRegionCode(), "全市", city, cityBefore, true));
        }
    }

    private static List<String> row(String code, String name, double now, double before, boolean level) {
        List<String> cells = new ArrayList<>(List.of(code, name, Amounts.tenths((now - before) * 100 / before)));
        cells.add(level ? String.format(Locale.ROOT, "%.2f", now) : "");
        return cells;
    }
}
