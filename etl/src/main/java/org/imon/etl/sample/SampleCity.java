package org.imon.etl.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.imon.etl.feed.FeedColumn;
import org.imon.etl.feed.FeedSpec;
import org.imon.etl.load.EnterpriseMonthlyLoad;
import org.imon.etl.validate.CreditCode;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.Region;
import org.imon.warehouse.reference.CsvRecords;
import org.imon.warehouse.reference.IndustryClassification;

/**
 * The built-in sample city: writes the landing files a city's departments would send, year after
 * year, for a population of above-scale enterprises that enter and leave at year boundaries.
 * Everything comes from one seeded random generator consumed in a fixed order, so the same options
 * give byte-identical files.
 */
public final class SampleCity {
    /** 规模以上: annual revenue of at least 2000万元. */
    static final double ABOVE_SCALE_WAN = 2000;
    static final double EXIT_RATE = 0.06;
    static final double ENTRY_RATE = 0.07;
    /** Pareto tail index of enterprise size: the largest 100 of about 1,800 make about half the total. */
    static final double SIZE_TAIL = 1.3;
    static final double LARGEST_WAN = 3_000_000;

    private final CityProfile profile;
    private final SampleOptions options;
    private final Random random;
    private final EnterpriseNames names;
    private final List<String> regionCodes;
    private final List<String> classes;
    private final double[] classWeights;
    private final Set<String> usedCodes = new HashSet<>();

    /** What was written. */
    public record Summary(int files, long rows, int enterprisesFirstYear, int enterprisesLastYear) {
    }

    public SampleCity(CityProfile profile, SampleOptions options) {
        this.profile = profile;
        this.options = options;
        this.random = new Random(options.seed());
        this.names = new EnterpriseNames(random);
        this.regionCodes = profile.currentRegions().stream().map(Region::code).toList();
        IndustryClassification industries = IndustryClassification.load();
        Map<String, Double> divisionWeights = CsvRecords.read("profiles/" + profile.id() + "/sample_industry_mix.csv")
                .stream().collect(Collectors.toMap(r -> r.get("division"), r -> Double.parseDouble(r.get("weight"))));
        this.classes = industries.industrialClasses().stream()
                .filter(i -> divisionWeights.containsKey(i.division()))
                .map(IndustryClassification.Industry::code).toList();
        Map<String, Long> classesPerDivision = classes.stream()
                .collect(Collectors.groupingBy(c -> c.substring(0, 2), Collectors.counting()));
        this.classWeights = classes.stream()
                .mapToDouble(c -> divisionWeights.get(c.substring(0, 2)) / classesPerDivision.get(c.substring(0, 2)))
                .toArray();
    }

    public Summary write(Path landingRoot) throws IOException {
        FeedSpec feed = FeedSpec.load(EnterpriseMonthlyLoad.FEED);
        List<SampleEnterprise> active = new ArrayList<>();
        for (int i = 0; i < options.enterprises(); i++) {
            active.add(newEnterprise(options.firstYear(), sizeDraw()));
        }
        int files = 0;
        long rows = 0;
        int firstYearCount = active.size();
        for (int year = options.firstYear(); year <= options.lastYear(); year++) {
            if (year > options.firstYear()) {
                turnOfYear(active, year);
            }
            for (SampleEnterprise e : active) {
                simulateYear(e, year);
            }
            active.sort(Comparator.comparing((SampleEnterprise e) -> e.currentRegion).thenComparing(e -> e.creditCode));
            int lastPeriod = year == options.lastYear() ? options.lastPeriod() : 12;
            for (int period = 2; period <= lastPeriod; period++) {
                rows += writePeriod(landingRoot, feed, active, year, period);
                files++;
            }
        }
        return new Summary(files, rows, firstYearCount, active.size());
    }

    /** Exits and entrants happen only between years. Entrants' 上年同期 is their own, below-scale year. */
    private void turnOfYear(List<SampleEnterprise> active, int year) {
        int entrants = (int) Math.round(active.size() * ENTRY_RATE);
        for (Iterator<SampleEnterprise> it = active.iterator(); it.hasNext(); ) {
            SampleEnterprise e = it.next();
            e.closeYear();
            if (random.nextDouble() < EXIT_RATE || e.annualRevenue < ABOVE_SCALE_WAN * 0.8) {
                it.remove();
            }
        }
        for (int i = 0; i < entrants; i++) {
            active.add(newEnterprise(year, ABOVE_SCALE_WAN * (1.05 + random.nextDouble() * 1.5)));
        }
    }

    private SampleEnterprise newEnterprise(int year, double annualRevenue) {
        String region = regionCodes.get(random.nextInt(regionCodes.size()));
        String industry = classes.get(weightedIndex(classWeights));
        String registeredIn = profile.codeIn(region, year).orElse(region);
        String place = placeName(region);
        double margin = 0.06 + random.nextGaussian() * 0.025;
        double outputRatio = 1.0 + random.nextDouble() * 0.08;
        SampleEnterprise e = new SampleEnterprise(creditCode(registeredIn), names.next(place, industry.substring(0, 2)),
                region, industry, margin, outputRatio, annualRevenue);
        // Its previous year, so that its first report has a 上年同期.
        double lastYear = annualRevenue / (1 + GrowthPath.yearGrowth(year) + 0.05 + random.nextDouble() * 0.25);
        fillMonths(e, year - 1, lastYear);
        e.closeYear();
        return e;
    }

    private void simulateYear(SampleEnterprise e, int year) {
        double growth = Math.max(-0.4, GrowthPath.yearGrowth(year) + random.nextGaussian() * 0.07);
        e.annualRevenue *= 1 + growth;
        fillMonths(e, year, e.annualRevenue);
    }

    private void fillMonths(SampleEnterprise e, int year, double annualRevenue) {
        for (int m = 1; m <= 12; m++) {
            double revenue = annualRevenue * GrowthPath.monthWeight(year, m) * (1 + random.nextGaussian() * 0.03);
            double profit = revenue * e.margin * (1 + random.nextGaussian() * 0.3);
            e.revenue[m - 1] = tenths(Math.max(0, revenue));
            e.output[m - 1] = tenths(Math.max(0, revenue * e.outputRatio));
            e.profit[m - 1] = tenths(profit);
        }
    }

    private long writePeriod(Path landingRoot, FeedSpec feed, List<SampleEnterprise> active, int year, int period)
            throws IOException {
        Path dir = landingRoot.resolve(EnterpriseMonthlyLoad.FEED).resolve(String.format("%d-%02d", year, period));
        Files.createDirectories(dir);
        Path file = dir.resolve("规上工业企业主要指标_" + year + "年1-" + period + "月.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(feed.columns().stream()
                    .map(c -> isAmount(c) ? c.header() + "(万元)" : c.header())
                    .collect(Collectors.joining(",")));
            out.write('\n');
            for (SampleEnterprise e : active) {
                String reportedRegion = profile.codeIn(e.currentRegion, year).orElseThrow();
                out.write(String.join(",", e.creditCode, e.name, reportedRegion, e.industryCode,
                        amount(e.output[period - 1]),
                        amount(SampleEnterprise.ytd(e.output, period)),
                        amount(SampleEnterprise.ytd(e.lastOutput, period)),
                        amount(SampleEnterprise.ytd(e.revenue, period)),
                        amount(SampleEnterprise.ytd(e.lastRevenue, period)),
                        amount(SampleEnterprise.ytd(e.profit, period)),
                        amount(SampleEnterprise.ytd(e.lastProfit, period))));
                out.write('\n');
            }
        }
        return active.size();
    }

    private String creditCode(String registeredIn) {
        while (true) {
            StringBuilder code = new StringBuilder("91").append(registeredIn);
            for (int i = 0; i < 9; i++) {
                code.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
            }
            String full = code.append(CreditCode.checkCharacter(code.toString())).toString();
            if (usedCodes.add(full)) {
                return full;
            }
        }
    }

    private String placeName(String region) {
        Region r = profile.region(region).orElseThrow();
        boolean ownPlace = r.kind().equals("county") || r.kind().equals("county_city");
        String name = ownPlace ? r.name() : profile.cityName();
        return name.substring(0, name.length() - 1);
    }

    /** A Pareto draw: most enterprises just above the threshold, a few very large. */
    private double sizeDraw() {
        double u = 1 - random.nextDouble();
        return Math.min(LARGEST_WAN, ABOVE_SCALE_WAN * 1.1 * Math.pow(u, -1 / SIZE_TAIL));
    }

    private int weightedIndex(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static boolean isAmount(FeedColumn c) {
        return c.kind() == FeedColumn.Kind.AMOUNT || c.kind() == FeedColumn.Kind.SIGNED_AMOUNT;
    }

    private static long tenths(double wan) {
        return Math.round(wan * 10);
    }

    private static String amount(long tenths) {
        long abs = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
    }
}
