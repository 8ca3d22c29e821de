package org.imon.etl.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.imon.etl.feed.FeedSpec;
import org.imon.warehouse.Resources;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.Region;
import org.imon.warehouse.reference.IndustryClassification;

/**
 * The built-in sample city: writes, year after year, the files the seven departments' feeds, the
 * benchmarks, the problem ledger, the 固定资产投资 release, the 综合能源消费量 release, the quarterly 产能利用率
 * survey and the 战略性新兴产业企业库 would send, plus a copy of the city profile. Enterprises are drawn
 * once; every figure after that comes from seeded generators in a fixed order, so the same options give
 * byte-identical files, and each year is written from that year's enterprises alone, so memory does
 * not grow with the years.
 */
public final class SampleCity {
    /** Where the profile in use is copied for analysts to read; loads ignore folders starting with "_". */
    public static final String PROFILE_COPY = "_profile";
    private static final List<String> PROFILE_FILES = List.of("profile.properties", "regions.csv", "clusters.csv",
            "watched_industries.csv", "sample_industry_mix.csv", "sample_benchmarks.csv", "sample_targets.csv",
            "sample_key_lists.csv", "sample_sei_register.csv");

    private final CityProfile profile;
    private final SampleOptions options;

    /** What was written: files per feed, enterprise rows, the first and last year's enterprise counts. */
    public record Summary(Map<String, Long> filesPerFeed, long enterpriseRows, int enterprisesFirstYear,
            int enterprisesLastYear, int defects) {
    }

    public SampleCity(CityProfile profile, SampleOptions options) {
        this.profile = profile;
        this.options = options;
    }

    public Summary write(Path landingRoot) throws IOException {
        IndustryMix mix = IndustryMix.load(profile.id(), IndustryClassification.load());
        BenchmarkSeries series = BenchmarkSeries.load(profile.id());
        List<String> regionCodes = profile.currentRegions().stream().map(Region::code).toList();
        CityEconomy economy = new CityEconomy(
                new GrowthPath(series, profile.provinceName(), SpringFestival.load()),
                new RegionCharacter(regionCodes, options.firstYear(), options.lastYear(), options.seed()),
                new IndustryCycle(mix, options.firstYear(), options.lastYear(), options.seed()));
        List<SampleEnterprise> enterprises = Population.build(profile, options, mix, economy);
        DefectPlan defects = options.defects() ? new DefectPlan(defectYear()) : null;
        EnterpriseFeedWriter enterpriseFeed = new EnterpriseFeedWriter(landingRoot, profile, defects, options.utf8Csv());
        RegionFeedsWriter regionFeeds = new RegionFeedsWriter(landingRoot, profile, options.seed());
        ProjectLedger projects = new ProjectLedger(landingRoot, profile, options, mix);
        PlansAndLists plans = new PlansAndLists(landingRoot, profile, mix);
        BenchmarkFiles benchmarks = new BenchmarkFiles(landingRoot, profile, options.seed(), series);
        ProblemLedger problemLedger = new ProblemLedger(landingRoot, profile, options, defects);
        InvestmentRelease investment = new InvestmentRelease(landingRoot, profile, options.seed(), series, regionCodes,
                defects);
        EnergyRelease energy = new EnergyRelease(landingRoot, profile, options.seed(), regionCodes);
        CapacitySurvey capacity = new CapacitySurvey(landingRoot, profile, mix, IndustryClassification.load(), options.seed());
        EmergingIndustryRegister emergingRegister = new EmergingIndustryRegister(landingRoot, profile);
        RegionTotals totals = new RegionTotals(regionCodes);
        PlansAndLists.LastYear last = null;

        long rows = 0;
        int firstCount = 0;
        int lastCount = 0;
        for (int year = options.firstYear(); year <= options.lastYear(); year++) {
            int y = year;
            List<SampleEnterprise> active = enterprises.stream().filter(e -> e.activeIn(y)).toList();
            int lastPeriod = year == options.lastYear() ? options.lastPeriod() : 12;
            if (last == null) {
                int before = year - 1;
                last = new PlansAndLists.LastYear(plans.clusterRevenueYi(active, before),
                        series.annual(profile.provinceName(), before) + GrowthPath.ABOVE_PROVINCE_PTS, 0, 0);
            }
            rows += enterpriseFeed.writeYear(year, lastPeriod, active, mix, totals, year == options.firstYear());
            double valueAdded = regionFeeds.writeYear(year, lastPeriod, totals);
            projects.writeYear(year, lastPeriod);
            plans.writeTargets(year, last);
            plans.writeLists(year, active);
            benchmarks.writeYear(year, lastPeriod);
            problemLedger.writeYear(year, lastPeriod, active);
            investment.writeYear(year, lastPeriod);
            energy.writeYear(year, lastPeriod, regionFeeds);
            capacity.writeYear(year, lastPeriod);
            emergingRegister.writeYear(year, active);
            if (defects != null && year == defects.year) {
                enterpriseFeed.plantFileDefects(active);
            }
            totals = totals.next();
            if (year < options.lastYear()) {
                last = new PlansAndLists.LastYear(plans.clusterRevenueYi(active, y), valueAdded,
                        y == options.firstYear() ? 0 : (int) active.stream().filter(e -> e.entryYear() == y).count(),
                        y == options.firstYear() ? 0 : PlansAndLists.entrantsPullPts(active, y));
            }
            firstCount = year == options.firstYear() ? active.size() : firstCount;
            lastCount = active.size();
        }
        benchmarks.writePortalExport(options.lastYear());
        if (defects != null) {
            defects.writeManifest(landingRoot);
        }
        copyProfile(landingRoot.resolve(PROFILE_COPY));
        return new Summary(filesPerFeed(landingRoot), rows, firstCount, lastCount,
                defects == null ? 0 : defects.entries().size());
    }

    /** Defects go into the latest year that has 1-5月. */
    private int defectYear() {
        int year = options.lastPeriod() >= 5 ? options.lastYear() : options.lastYear() - 1;
        if (year < options.firstYear()) {
            throw new IllegalArgumentException("注入缺陷需要至少一个包含 1-5月 的年份");
        }
        return year;
    }

    private void copyProfile(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String file : PROFILE_FILES) {
            Files.writeString(dir.resolve(file), Resources.text("profiles/" + profile.id() + "/" + file),
                    StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Long> filesPerFeed(Path landingRoot) throws IOException {
        Map<String, Long> files = new LinkedHashMap<>();
        for (String feed : FeedSpec.ALL) {
            try (Stream<Path> s = Files.walk(landingRoot.resolve(feed))) {
                files.put(feed, s.filter(Files::isRegularFile).count());
            }
        }
        return files;
    }
}
