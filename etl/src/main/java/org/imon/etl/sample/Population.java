package org.imon.etl.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.imon.etl.validate.CreditCode;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.Region;

/**
 * The sample city's above-scale enterprises over all years: a first cohort sized to the industry mix,
 * then each year about 6% leave (mostly the smallest) and 5–9.5% enter, more in good years, at year
 * boundaries only. Sizes are heavy-tailed (Pareto), then scaled so that each mix row's first-year
 * revenue matches the mix. An enterprise grows with the city, its industry and its own luck; its
 * region's factor comes on top, month by month.
 */
final class Population {
    /** 规模以上: annual main-business revenue of at least 2000万元. */
    static final double ABOVE_SCALE_WAN = 2000;
    /** Yearly exit chance by size: the smallest, just above the threshold, leave most often. */
    static final double EXIT_RATE_SMALL = 0.11;
    static final double EXIT_RATE_MEDIUM = 0.04;
    static final double EXIT_RATE_LARGE = 0.01;
    /** The giants (20亿 and more, such as the city's one cigarette factory) hardly ever leave. */
    static final double EXIT_RATE_GIANT = 0.001;
    /** Entrants per enterprise in a year of average growth; a point more growth brings half a point more. */
    static final double ENTRY_RATE = 0.07;
    static final double ENTRY_RATE_MIN = 0.05;
    static final double ENTRY_RATE_MAX = 0.095;
    /** Usual margins: mean and spread across enterprises, so that about one in ten makes a loss in a year. */
    static final double MARGIN_MEAN = 0.056;
    static final double MARGIN_SD = 0.03;
    /** Yearly chance that a continuing enterprise changes its name, its region or its industry (one of them). */
    static final double CHANGE_CHANCE = 0.005;
    /** Pareto tail index of enterprise size within a mix row. */
    static final double SIZE_TAIL = 1.05;

    private final CityProfile profile;
    private final SampleOptions options;
    private final IndustryMix mix;
    private final CityEconomy economy;
    private final Random random;
    private final EnterpriseNames names;
    private final List<String> regionCodes;
    private final Set<String> usedCodes = new HashSet<>();

    private Population(CityProfile profile, SampleOptions options, IndustryMix mix, CityEconomy economy) {
        this.profile = profile;
        this.options = options;
        this.mix = mix;
        this.economy = economy;
        this.random = new Random(options.seed());
        this.names = new EnterpriseNames(random);
        this.regionCodes = profile.currentRegions().stream().map(Region::code).toList();
    }

    /** Every enterprise that is above scale in any year, ordered by region and credit code. */
    static List<SampleEnterprise> build(CityProfile profile, SampleOptions options, IndustryMix mix,
            CityEconomy economy) {
        return new Population(profile, options, mix, economy).build();
    }

    private List<SampleEnterprise> build() {
        int first = options.firstYear();
        int years = options.lastYear() - first + 1;
        List<Draft> active = firstCohort();
        List<Draft> all = new ArrayList<>(active);
        for (int y = 1; y < years; y++) {
            int year = first + y;
            int entrants = (int) Math.round(active.size() * entryRate(year));
            List<Draft> staying = new ArrayList<>();
            for (Draft d : active) {
                double level = d.levels.get(d.levels.size() - 1);
                double grown = level * (1 + growth(d.mixRow, year));
                double exitRate = level < 3 * ABOVE_SCALE_WAN ? EXIT_RATE_SMALL
                        : level < 15 * ABOVE_SCALE_WAN ? EXIT_RATE_MEDIUM
                        : level < 100 * ABOVE_SCALE_WAN ? EXIT_RATE_LARGE : EXIT_RATE_GIANT;
                double seen = grown * economy.regions().yearMean(d.regionNow(), year);
                if (random.nextDouble() < exitRate || seen < ABOVE_SCALE_WAN * 0.8) {
                    d.exitYear = year;
                } else {
                    d.levels.add(grown);
                    staying.add(d);
                    if (random.nextDouble() < CHANGE_CHANCE) {
                        d.changes.add(change(d, year));
                    }
                }
            }
            for (int i = 0; i < entrants; i++) {
                Draft d = newDraft(weightedRow(), year, ABOVE_SCALE_WAN * (1.05 + random.nextDouble() * 1.5));
                staying.add(d);
                all.add(d);
            }
            active = staying;
        }
        for (Draft d : active) {
            d.exitYear = options.lastYear() + 1;
        }
        return all.stream().map(d -> d.toEnterprise(economy))
                .sorted(Comparator.comparing(SampleEnterprise::currentRegion).thenComparing(SampleEnterprise::creditCode))
                .toList();
    }

    /** The first year's enterprises: each mix row's count (scaled to the options) and revenue. */
    private List<Draft> firstCohort() {
        double scale = (double) options.enterprises() / mix.enterprises2015();
        List<Draft> cohort = new ArrayList<>();
        for (IndustryMix.Row row : mix.rows()) {
            int count = Math.max(1, (int) Math.round(row.enterprises2015() * scale));
            List<Draft> drafts = new ArrayList<>();
            double drawn = 0;
            for (int i = 0; i < count; i++) {
                Draft d = newDraft(row, options.firstYear(), pareto());
                drafts.add(d);
                drawn += d.levels.get(1);
            }
            double factor = row.revenue2015Yi() * 10_000 * scale / drawn;
            for (Draft d : drafts) {
                d.levels.replaceAll(level -> Math.max(ABOVE_SCALE_WAN * 1.02, level * factor));
            }
            cohort.addAll(drafts);
        }
        return cohort;
    }

    private Draft newDraft(IndustryMix.Row row, int entryYear, double level) {
        String region = regionCodes.get(random.nextInt(regionCodes.size()));
        String industry = row.classes().get(random.nextInt(row.classes().size()));
        String registeredIn = profile.codeIn(region, entryYear).orElse(region);
        Draft d = new Draft();
        d.creditCode = creditCode(registeredIn);
        d.name = names.next(placeName(region), industry.substring(0, 2));
        d.region = region;
        d.industry = industry;
        d.mixRow = row.index();
        d.margin = MARGIN_MEAN + random.nextGaussian() * MARGIN_SD;
        d.outputRatio = 1.0 + random.nextDouble() * 0.08;
        d.seed = random.nextLong();
        d.entryYear = entryYear;
        // The year before entry: below scale for an entrant, one year's growth less for the first cohort.
        double before = entryYear == options.firstYear() ? level / (1 + growth(row.index(), entryYear))
                : level / (1.1 + random.nextDouble() * 0.3);
        d.levels.add(before);
        d.levels.add(level);
        return d;
    }

    /** A change of name (a new 字号), of region (a move to another) or of industry class within its row of the mix. */
    private SampleEnterprise.Change change(Draft d, int year) {
        SampleEnterprise.Change now = d.changes.isEmpty()
                ? new SampleEnterprise.Change(year, d.name, d.region, d.industry) : d.changes.get(d.changes.size() - 1);
        List<String> classes = mix.row(d.mixRow).classes();
        int kind = random.nextInt(classes.size() > 1 ? 3 : 2);
        return switch (kind) {
            case 0 -> new SampleEnterprise.Change(year, names.next(placeName(now.region()), now.industryCode().substring(0, 2)),
                    now.region(), now.industryCode());
            case 1 -> {
                List<String> others = regionCodes.stream().filter(r -> !r.equals(now.region())).toList();
                yield new SampleEnterprise.Change(year, now.name(), others.get(random.nextInt(others.size())),
                        now.industryCode());
            }
            default -> {
                List<String> others = classes.stream().filter(c -> !c.equals(now.industryCode())).toList();
                yield new SampleEnterprise.Change(year, now.name(), now.region(), others.get(random.nextInt(others.size())));
            }
        };
    }

    private double growth(int mixRow, int year) {
        return Math.max(-0.4, economy.path().yearGrowth(year) + economy.industries().growth(mixRow, year)
                + random.nextGaussian() * 0.07);
    }

    /** 新入库: more enterprises cross the threshold in a year of fast growth. */
    private double entryRate(int year) {
        double rate = ENTRY_RATE + 0.5 * (economy.path().yearGrowth(year) - 0.07) + random.nextGaussian() * 0.01;
        return Math.max(ENTRY_RATE_MIN, Math.min(ENTRY_RATE_MAX, rate));
    }

    private double pareto() {
        return ABOVE_SCALE_WAN * Math.pow(1 - random.nextDouble(), -1 / SIZE_TAIL);
    }

    private IndustryMix.Row weightedRow() {
        int x = random.nextInt(mix.enterprises2015());
        for (IndustryMix.Row row : mix.rows()) {
            x -= row.enterprises2015();
            if (x < 0) {
                return row;
            }
        }
        return mix.rows().get(mix.rows().size() - 1);
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

    /** An enterprise while its years are being drawn. */
    private static final class Draft {
        String creditCode;
        String name;
        String region;
        String industry;
        int mixRow;
        double margin;
        double outputRatio;
        long seed;
        int entryYear;
        int exitYear;
        final List<Double> levels = new ArrayList<>();
        final List<SampleEnterprise.Change> changes = new ArrayList<>(0);

        String regionNow() {
            return changes.isEmpty() ? region : changes.get(changes.size() - 1).region();
        }

        SampleEnterprise toEnterprise(CityEconomy economy) {
            float[] l = new float[levels.size()];
            for (int i = 0; i < l.length; i++) {
                l[i] = (float) (levels.get(i) * RestatedBase.absorbed(seed, entryYear, entryYear - 1 + i));
            }
            return new SampleEnterprise(creditCode, name, region, industry, mixRow, margin, outputRatio, seed, entryYear,
                    exitYear, l, changes.isEmpty() ? List.of() : List.copyOf(changes), economy);
        }
    }
}
