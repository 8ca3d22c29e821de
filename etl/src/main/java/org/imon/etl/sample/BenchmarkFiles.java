package org.imon.etl.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.imon.etl.feed.FeedSpec;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Resources;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.PeerGroup;

/**
 * The benchmark feed: for every period, the province's, the nation's and every peer group member's
 * value-added growth and above-scale revenue with its comparable last year and published growth, in
 * the long format; and, once, a real export of the national statistics data portal. The nation's and
 * the province's value-added growth are those of {@link BenchmarkSeries} (published where public);
 * the province's cities and the neighbours run around the province, other peers (the 35 large and
 * medium cities outside it) around the nation, and revenue grows by value added plus the change of prices.
 * About one published revenue growth rate in twenty differs from its levels by more than 0.1 point,
 * as real ones sometimes do, so that the reconciliation has something to find.
 */
final class BenchmarkFiles {
    static final String PORTAL_EXPORT = "reference/nbs_fsnd_export_地区生产总值_2006_2024.csv";

    private final Path landingRoot;
    private final CityProfile profile;
    private final long seed;
    private final BenchmarkSeries series;

    BenchmarkFiles(Path landingRoot, CityProfile profile, long seed, BenchmarkSeries series) {
        this.landingRoot = landingRoot;
        this.profile = profile;
        this.seed = seed;
        this.series = series;
    }

    void writeYear(int year, int lastPeriod) throws IOException {
        FeedSpec feed = FeedSpec.load("benchmarks");
        List<String> areas = new ArrayList<>(List.of(profile.provinceName(), BenchmarkSeries.NATION));
        // Neighbours first, then the other groups' members: the neighbours' figures stay those the
        // sample wrote before the other groups existed, for the same seed.
        areas.addAll(profile.peerGroupMembers());
        Set<String> aroundProvince = new HashSet<>();
        profile.peerGroups().stream().filter(g -> g.code().equals(PeerGroup.PROVINCE) || g.code().equals(PeerGroup.NEIGHBOURS))
                .forEach(g -> aroundProvince.addAll(g.members()));
        SplittableRandom random = new SplittableRandom(seed * 131 + year);
        Path file = landingRoot.resolve(feed.name()).resolve(Integer.toString(year)).resolve(year + "年对标地区主要工业指标");
        try (TableWriter w = TableWriter.open(file, TableWriter.Format.CSV_UTF8_BOM, "", feed.writtenHeaders("亿元"))) {
            for (int a = 0; a < areas.size(); a++) {
                double size = a == 1 ? 1_300_000 : a == 0 ? 60_000 : 3_000 + (2 + (a - 2) % 4) * 1_500;
                String around = a < 2 || aroundProvince.contains(areas.get(a)) ? profile.provinceName() : BenchmarkSeries.NATION;
                double areaOffset = random.nextGaussian() * 1.5;
                for (int p = 2; p <= lastPeriod; p++) {
                    String period = new ReportingPeriod(year, p).toString();
                    double valueAdded = a < 2 ? series.growth(areas.get(a), year, p)
                            : series.growth(around, year, p) + areaOffset + random.nextGaussian() * 0.5;
                    w.row(List.of(period, areas.get(a), "", "规模以上工业增加值", "%", "", "", fixed(valueAdded)));
                    double growth = valueAdded + GrowthPath.priceChange(year) + random.nextGaussian() * 0.5;
                    double ly = size * p / 12.0 * (0.95 + random.nextDouble() * 0.1);
                    double ytd = ly * (1 + growth / 100);
                    double published = (ytd - ly) * 100 / ly + (random.nextDouble() < 0.05 ? 0.5 : 0);
                    w.row(List.of(period, areas.get(a), "", "规模以上工业营业收入", "亿元", fixed(ytd), fixed(ly),
                            fixed(published)));
                }
            }
        }
    }

    /** The portal's own export, as an analyst downloads it. */
    void writePortalExport(int year) throws IOException {
        Path file = landingRoot.resolve("benchmarks").resolve(Integer.toString(year)).resolve("国家数据_地区生产总值_分省年度.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Resources.text(PORTAL_EXPORT), StandardCharsets.UTF_8);
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
