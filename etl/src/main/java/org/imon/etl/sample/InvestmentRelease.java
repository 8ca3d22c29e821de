package org.imon.etl.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.imon.etl.feed.FeedColumn;
import org.imon.etl.feed.FeedSpec;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.profile.CityProfile;

/**
 * The statistics bureau's 固定资产投资 release (固定资产投资 feed), each period from 1-2月: every region's
 * and the city's year-to-date growth of fixed-asset, industrial, manufacturing and 技术改造 investment and
 * the industrial share. The levels behind them are drawn for every year, so that growth and share agree
 * with each other, but the bureau publishes them (亿元) only in some years, as it does.
 *
 * <p>A region keeps its own industrial share (30–50 %) drifting slowly; the city's fixed-asset
 * investment grows a few points above the province's value-added growth, each region about it.
 */
final class InvestmentRelease {
    /** The city's fixed-asset investment the year before the sample starts, 亿元 (a prefecture city's size). */
    private static final double FIRST_BASE_YI = 1500;
    /** Fixed-asset investment grows about this many points above the province's value-added growth. */
    private static final double ABOVE_VALUE_ADDED_PTS = 3;
    /** Manufacturing's and 技改's parts of industrial investment, about. */
    private static final double MANUFACTURING_PART = 0.85;
    private static final double TECH_REFORM_PART = 0.35;
    /** Positions in a row, as {@link #row} writes it. */
    private static final int CODE = 0;
    private static final int FAI_GROWTH = 2;
    private static final int SHARE = 4;

    private final Path landingRoot;
    private final CityProfile profile;
    private final long seed;
    private final BenchmarkSeries series;
    private final List<String> regions;
    private final double[] baseShare;
    /** Per region, last year's levels by period (index = period): FAI, industry, manufacturing, 技改. */
    private double[][][] lastYear;
    /** The defects to plant, or null for clean releases. */
    private final DefectPlan defects;

    InvestmentRelease(Path landingRoot, CityProfile profile, long seed, BenchmarkSeries series, List<String> regions,
            DefectPlan defects) {
        this.landingRoot = landingRoot;
        this.defects = defects;
        this.profile = profile;
        this.seed = seed;
        this.series = series;
        this.regions = regions;
        SplittableRandom character = new SplittableRandom(seed * 71 + 13);
        baseShare = new double[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            baseShare[r] = 30 + 20 * character.nextDouble();
        }
    }

    /** Writes the year's releases up to {@code lastPeriod}. */
    void writeYear(int year, int lastPeriod) throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 53 + year);
        if (lastYear == null) {
            lastYear = levels(year - 1, null, new SplittableRandom(seed * 53 + year - 1));
        }
        double[][][] now = levels(year, lastYear, random);
        boolean levelsPublished = random.nextInt(3) == 0;
        for (int p = 2; p <= lastPeriod; p++) {
            write(year, p, now, levelsPublished);
        }
        lastYear = now;
    }

    /** Every region's year-to-date levels of the year by period: FAI, industry, manufacturing, 技改. */
    private double[][][] levels(int year, double[][][] before, SplittableRandom random) {
        double cityGrowth = series.annual(profile.provinceName(), year) + ABOVE_VALUE_ADDED_PTS
                + random.nextGaussian() * 2;
        double[][][] levels = new double[regions.size()][13][4];
        for (int r = 0; r < regions.size(); r++) {
            double share = Math.max(15, Math.min(70, baseShare[r] + (year - 2015) * 0.3 + random.nextGaussian() * 2));
            double regionGrowth = cityGrowth + random.nextGaussian() * 3;
            double industryGrowth = regionGrowth + random.nextGaussian() * 4;
            double fai = before == null ? FIRST_BASE_YI / regions.size() * (0.6 + 0.8 * random.nextDouble())
                    : before[r][12][0] * (1 + regionGrowth / 100);
            double industry = before == null ? fai * share / 100 : before[r][12][1] * (1 + industryGrowth / 100);
            double manufacturing = industry * MANUFACTURING_PART * (1 + random.nextGaussian() * 0.03);
            double techReform = industry * TECH_REFORM_PART * (1 + random.nextGaussian() * 0.08);
            for (int p = 2; p <= 12; p++) {
                // 固投 is lumpy: about 9 % of the year by 1-2月, half by 1-6月; the early months wander most,
                // industry's apart from the whole's, so that the share moves within the year too.
                double part = p == 12 ? 1 : 0.09 + (p - 2) * 0.0975;
                double wander = 0.03 * (12 - p) / 10;
                double whole = part * (1 + random.nextGaussian() * wander);
                double industrial = part * (1 + random.nextGaussian() * wander);
                levels[r][p] = new double[] {fai * whole, industry * industrial, manufacturing * industrial,
                        techReform * industrial};
            }
        }
        return levels;
    }

    private void write(int year, int period, double[][][] now, boolean levelsPublished) throws IOException {
        FeedSpec feed = FeedSpec.load("fixed_asset_investment");
        List<FeedColumn> columns = feed.columns().stream()
                .filter(c -> levelsPublished || c.kind() != FeedColumn.Kind.AMOUNT).toList();
        List<String> headers = columns.stream().map(c -> feed.writtenHeaders("亿元").get(feed.columns().indexOf(c)))
                .toList();
        Path file = landingRoot.resolve(feed.name()).resolve(String.format("%d-%02d", year, period))
                .resolve(new ReportingPeriod(year, period).label() + "分地区固定资产投资");
        double[] city = new double[4];
        double[] cityBefore = new double[4];
        try (TableWriter w = TableWriter.open(file, TableWriter.Format.CSV_UTF8_BOM, "", headers)) {
            for (int r = 0; r < regions.size(); r++) {
                String code = profile.codeIn(regions.get(r), year).orElseThrow();
                for (int i = 0; i < 4; i++) {
                    city[i] += now[r][period][i];
                    cityBefore[i] += lastYear[r][period][i];
                }
                List<String> cells = row(code, profile.region(code).orElseThrow().shortName(), now[r][period],
                        lastYear[r][period], levelsPublished);
                DefectPlan.InvestmentDefect defect = defects == null ? null : defects.investmentDefect(year, period, r + 1);
                if (defect != null) {
                    cells = plant(defect, cells, w.line + 1, landingRoot.relativize(file) + ".csv");
                }
                w.row(cells);
            }
            w.row(row(profile.cityRegionCode(), "全市", city, cityBefore, levelsPublished));
        }
    }

    /** Plants a defect in a region's row and records it in the manifest. */
    private List<String> plant(DefectPlan.InvestmentDefect defect, List<String> cells, long line, String file) {
        List<String> bad = new ArrayList<>(cells);
        int column = switch (defect) {
            case SHARE_ABOVE_100 -> SHARE;
            case UNKNOWN_AREA -> CODE;
            case GROWTH_NOT_PUBLISHED -> FAI_GROWTH;
        };
        bad.set(column, switch (defect) {
            // 42.5 keyed as 425: the decimal point one place late.
            case SHARE_ABOVE_100 -> new BigDecimal(cells.get(SHARE)).movePointRight(1).toPlainString();
            case UNKNOWN_AREA -> "410102";
            case GROWTH_NOT_PUBLISHED -> "—";
        });
        defects.record(defect.planted.entry("fixed_asset_investment", file, line, bad.get(column)));
        return bad;
    }

    private static List<String> row(String code, String name, double[] now, double[] before, boolean levels) {
        List<String> cells = new ArrayList<>(List.of(code, name, growth(now[0], before[0]), growth(now[1], before[1]),
                Amounts.tenths(now[1] * 100 / now[0]), growth(now[2], before[2]), growth(now[3], before[3])));
        if (levels) {
            cells.add(String.format(Locale.ROOT, "%.2f", now[0]));
            cells.add(String.format(Locale.ROOT, "%.2f", now[1]));
        }
        return cells;
    }

    private static String growth(double now, double before) {
        return Amounts.tenths((now - before) * 100 / before);
    }
}
