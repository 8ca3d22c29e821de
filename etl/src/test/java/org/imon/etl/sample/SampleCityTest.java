package org.imon.etl.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.feed.FeedSpec;
import org.imon.etl.load.FeedReader.CheckedRow;
import org.imon.etl.validate.CreditCode;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.Cluster;
import org.imon.warehouse.reference.IndustryClassification;

/** The sample city's invariants, read back through the loader's reader. */
class SampleCityTest {
    private static final CityProfile XUCHANG = CityProfile.defaultProfile();

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesByteIdenticalFilesInEveryFeed() throws IOException {
        SampleOptions options = new SampleOptions(7, 2016, 2017, 6, 150, true);
        new SampleCity(XUCHANG, options).write(dir.resolve("a"));
        new SampleCity(XUCHANG, options).write(dir.resolve("b"));
        new SampleCity(XUCHANG, new SampleOptions(8, 2016, 2017, 6, 150, true)).write(dir.resolve("c"));
        List<Path> files = files(dir.resolve("a"));
        Set<String> feeds = files.stream().map(f -> dir.resolve("a").relativize(f).getName(0).toString())
                .collect(Collectors.toSet());
        assertTrue(feeds.containsAll(FeedSpec.ALL), feeds.toString());
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".xlsx")), "the half-year report is an .xlsx");
        for (Path file : files) {
            Path relative = dir.resolve("a").relativize(file);
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(dir.resolve("b").resolve(relative)),
                    relative.toString());
        }
        Path first = dir.resolve("a").relativize(files.stream()
                .filter(f -> f.toString().contains("enterprise_monthly")).findFirst().orElseThrow());
        assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve("a").resolve(first)),
                Files.readAllBytes(dir.resolve("c").resolve(first))), "another seed gives another city");
    }

    @Test
    void theLatestCompletePeriodIsLastMonthButNeverJanuaryAlone() {
        assertEquals(new ReportingPeriod(2026, 10), SampleOptions.latestCompletePeriod(LocalDate.of(2026, 11, 25)));
        assertEquals(new ReportingPeriod(2025, 12), SampleOptions.latestCompletePeriod(LocalDate.of(2026, 2, 3)));
        assertEquals(new ReportingPeriod(2025, 12), SampleOptions.latestCompletePeriod(LocalDate.of(2026, 1, 15)));
    }

    /** The default city, 2015 and 2016: sizes, clusters, churn, codes. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Tag("slow")
    class CityScale {
        Map<String, CheckedRow> enterprises;
        Map<String, CheckedRow> lists;

        @BeforeAll
        void generate(@TempDir Path landing) throws IOException {
            new SampleCity(XUCHANG, new SampleOptions(SampleOptions.DEFAULT_SEED, 2015, 2016, 12,
                    XUCHANG.sampleScale().enterprises(), false)).write(landing);
            enterprises = SampleFeeds.rows(landing, "enterprise_monthly");
            lists = SampleFeeds.rows(landing, "key_lists");
        }

        @Test
        void codesAreValid() {
            IndustryClassification industries = IndustryClassification.load();
            for (CheckedRow row : enterprises.values()) {
                String code = (String) row.values().get("credit_code");
                assertTrue(CreditCode.isValid(code), code);
                assertTrue(industries.isIndustrialClass((String) row.values().get("industry_code")));
                assertTrue(XUCHANG.regionIn((String) row.values().get("region_code"), row.year()).isPresent());
            }
            assertTrue(enterprises.values().stream().anyMatch(r -> r.values().get("region_code").equals("411023")),
                    "许昌县 still reports as 411023 before 2017");
        }

        @Test
        void theLargestHundredMakeAboutHalfOfOutput() {
            List<BigDecimal> output = annual(2015, "output_ytd").values().stream().sorted((a, b) -> b.compareTo(a)).toList();
            BigDecimal top = output.stream().limit(100).reduce(BigDecimal.ZERO, BigDecimal::add);
            double share = top.doubleValue() / output.stream().reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
            assertTrue(share > 0.45 && share < 0.62, "top-100 share " + share);
            assertTrue(output.size() > 1700 && output.size() < 1900, "about 1,800 enterprises: " + output.size());
        }

        @Test
        void between5And10PercentEnterAndLeaveEachYear() {
            Set<String> in2015 = annual(2015, "revenue_ytd").keySet();
            Set<String> in2016 = annual(2016, "revenue_ytd").keySet();
            long left = in2015.stream().filter(c -> !in2016.contains(c)).count();
            long entered = in2016.stream().filter(c -> !in2015.contains(c)).count();
            assertRate(left / (double) in2015.size(), "exits");
            assertRate(entered / (double) in2015.size(), "entrants");
            for (int period = 2; period <= 12; period++) {
                int p = period;
                long inPeriod = enterprises.values().stream().filter(r -> r.year() == 2016 && r.period() == p).count();
                assertEquals(in2016.size(), inPeriod, "the set changes only between years: 2016 1-" + p + "月");
            }
        }

        @Test
        void clustersAreNearTheir2015Targets() {
            Map<String, BigDecimal> revenue = annual(2015, "revenue_ytd");
            Map<String, String> industry = new HashMap<>();
            enterprises.values().stream().filter(r -> r.year() == 2015 && r.period() == 12)
                    .forEach(r -> industry.put((String) r.values().get("credit_code"), (String) r.values().get("industry_code")));
            int met = 0;
            int missed = 0;
            for (Cluster c : XUCHANG.clusters()) {
                Set<String> members = new HashSet<>();
                industry.forEach((code, ind) -> {
                    if (c.coversIndustry(ind)) {
                        members.add(code);
                    }
                });
                lists.values().stream().filter(r -> r.year() == 2015 && r.values().get("list_code").equals("cluster_" + c.code()))
                        .forEach(r -> members.add((String) r.values().get("credit_code")));
                double yi = members.stream().map(revenue::get).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue() / 10_000;
                double completion = yi / c.targetTierYi();
                assertTrue(completion > 0.85 && completion < 1.15, c.name() + " " + yi + "亿 against " + c.targetTierYi());
                if (completion >= 1) {
                    met++;
                } else {
                    missed++;
                }
            }
            assertTrue(met >= 3 && missed >= 3, met + " met, " + missed + " missed");
        }

        @Test
        void everyYearHasItsListsOfAHundred() {
            for (int year : new int[] {2015, 2016}) {
                int y = year;
                Set<String> active = annual(year, "revenue_ytd").keySet();
                List<CheckedRow> key100 = lists.values().stream()
                        .filter(r -> r.year() == y && r.values().get("list_code").equals("key100")).toList();
                assertEquals(100, key100.size());
                assertTrue(key100.stream().allMatch(r -> active.contains(r.values().get("credit_code"))));
            }
            assertTrue(lists.values().stream().anyMatch(r -> r.year() == 2016 && r.values().get("list_code").equals("top100_growth")));
        }

        private Map<String, BigDecimal> annual(int year, String column) {
            return enterprises.values().stream().filter(r -> r.year() == year && r.period() == 12)
                    .collect(Collectors.toMap(r -> (String) r.values().get("credit_code"), r -> SampleFeeds.amount(r, column)));
        }
    }

    /** A smaller city over 2019-2021: time paths, consistency between periods and years, and the other feeds. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Tag("slow")
    class TimePaths {
        Path landing;
        Map<String, CheckedRow> enterprises;

        @BeforeAll
        void generate(@TempDir Path landing) throws IOException {
            this.landing = landing;
            new SampleCity(XUCHANG, new SampleOptions(11, 2019, 2021, 12, 400, false)).write(landing);
            enterprises = SampleFeeds.rows(landing, "enterprise_monthly");
        }

        /**
         * Year to date never falls within a year; 上年同期 is what the enterprise reported a year ago,
         * unless its base was restated (about 7%, see Realism), and then revenue, output and profit are
         * restated by one factor (to 1%: the months are rounded to tenths of 万元 one by one).
         */
        @Test
        void yearToDateNeverFallsAndLastYearMatchesLastYearUnlessRestated() {
            int restated = 0;
            for (CheckedRow row : enterprises.values()) {
                String code = (String) row.values().get("credit_code");
                CheckedRow before = enterprises.get(SampleFeeds.key(row.year(), row.period() - 1, code));
                if (before != null) {
                    assertTrue(SampleFeeds.amount(row, "revenue_ytd").compareTo(SampleFeeds.amount(before, "revenue_ytd")) >= 0,
                            code + " " + row.year() + " 1-" + row.period());
                }
                CheckedRow lastYear = enterprises.get(SampleFeeds.key(row.year() - 1, row.period(), code));
                if (lastYear == null) {
                    continue;
                }
                String where = code + " 上年同期 " + row.year() + " 1-" + row.period();
                double revenue = ratio(row, lastYear, "revenue");
                if (revenue == 1) {
                    for (String item : List.of("output", "profit")) {
                        assertEquals(SampleFeeds.amount(lastYear, item + "_ytd"), SampleFeeds.amount(row, item + "_ly"), where + " " + item);
                    }
                } else {
                    restated++;
                    assertEquals(revenue, ratio(row, lastYear, "output"), 0.01, where);
                }
            }
            assertTrue(restated > 0, "some bases are restated");
        }

        private static double ratio(CheckedRow row, CheckedRow lastYear, String item) {
            return SampleFeeds.amount(row, item + "_ly").doubleValue() / SampleFeeds.amount(lastYear, item + "_ytd").doubleValue();
        }

        @Test
        void aYearStartsWithJanuaryAndFebruaryTogether() throws IOException {
            try (Stream<Path> folders = Files.list(landing.resolve("enterprise_monthly"))) {
                List<String> names = folders.map(p -> p.getFileName().toString()).sorted().toList();
                assertEquals("2019-02", names.get(0));
                assertFalse(names.stream().anyMatch(n -> n.endsWith("-01")), names.toString());
            }
        }

        @Test
        void springFestivalAndThe2020Shock() {
            double janFeb2019 = city(2019, 2, "revenue_ytd") / city(2019, 12, "revenue_ytd");
            assertTrue(janFeb2019 < 2 / 12.0 * 0.8, "1-2月 share of the year " + janFeb2019);
            // The province's 1-2月 2020 value added fell 15.5% (derived from the nation's published −13.5):
            // the city's revenue, 0.8 point above it and 1 point of falling prices below, fell 10–25%.
            double shock = city(2020, 2, "revenue_ytd") / city(2020, 2, "revenue_ly");
            assertTrue(shock > 0.75 && shock < 0.9, "1-2月 2020 fell sharply: " + shock);
            assertTrue(city(2021, 12, "revenue_ytd") > city(2021, 12, "revenue_ly") * 1.08, "2021 recovered");
            double margin = city(2021, 12, "profit_ytd") / city(2021, 12, "revenue_ytd");
            // Margins move with prices and each industry's year: 4.6–6.0% at the year end in the default city.
            assertTrue(margin > 0.04 && margin < 0.07, "profit margin " + margin);
        }

        @Test
        void aboutOnePercentOfRowsAreCorrected() throws IOException {
            try (Stream<Path> s = Files.walk(landing.resolve("enterprise_monthly"))) {
                List<Path> corrections = s.filter(p -> p.getFileName().toString().contains("_更正1")).toList();
                long corrected = 0;
                for (Path p : corrections) {
                    corrected += Files.readAllLines(p).size() - 1;
                }
                double rate = corrected / (double) enterprises.size();
                assertTrue(rate > 0.005 && rate < 0.015, "corrected share " + rate);
            }
        }

        @Test
        void electricityAndVatFollowActivity() throws IOException {
            Map<String, CheckedRow> electricity = SampleFeeds.rows(landing, "electricity");
            Map<String, CheckedRow> vat = SampleFeeds.rows(landing, "vat");
            String city = XUCHANG.cityRegionCode();
            double power2020 = SampleFeeds.amount(electricity.get(SampleFeeds.key(2020, 2, city)), "electricity_ytd").doubleValue();
            double power2019 = SampleFeeds.amount(electricity.get(SampleFeeds.key(2019, 2, city)), "electricity_ytd").doubleValue();
            assertTrue(power2020 < power2019 * 0.85, "electricity fell with output in early 2020");
            assertEquals(SampleFeeds.amount(electricity.get(SampleFeeds.key(2019, 7, city)), "electricity_ytd"),
                    SampleFeeds.amount(electricity.get(SampleFeeds.key(2020, 7, city)), "electricity_ly"));
            double vatShare = SampleFeeds.amount(vat.get(SampleFeeds.key(2021, 12, city)), "vat_ytd").doubleValue()
                    / city(2021, 12, "revenue_ytd");
            assertTrue(vatShare > 0.03 && vatShare < 0.045, "VAT against above-scale revenue " + vatShare);
            Map<String, CheckedRow> growth = SampleFeeds.rows(landing, "region_indicators");
            double va2020 = SampleFeeds.amount(growth.get(SampleFeeds.key(2020, 2, city)), "va_growth_pct").doubleValue();
            assertTrue(va2020 < -10, "value added fell in 1-2月 2020: " + va2020);
        }

        /**
         * 综合能源消费量 grows below value added in every region and period (节能降耗: the generator draws a
         * gap of about 5 points), so energy per unit of value added falls; the city always publishes its
         * level, some regions never do.
         */
        @Test
        void energyGrowsSlowerThanValueAddedAndSomeRegionsPublishNoLevel() throws IOException {
            Map<String, CheckedRow> energy = SampleFeeds.rows(landing, "energy_consumption");
            Map<String, CheckedRow> valueAdded = SampleFeeds.rows(landing, "region_indicators");
            assertEquals(valueAdded.keySet(), energy.keySet(), "a release for every region and period of value added");
            Set<Object> withoutLevel = new HashSet<>();
            for (Map.Entry<String, CheckedRow> e : energy.entrySet()) {
                double gap = SampleFeeds.amount(valueAdded.get(e.getKey()), "va_growth_pct").doubleValue()
                        - SampleFeeds.amount(e.getValue(), "energy_growth_pct").doubleValue();
                assertTrue(gap > 0 && gap < 10, e.getKey() + ": value added less energy growth " + gap);
                if (e.getValue().values().get("energy_wan_tce") == null) {
                    withoutLevel.add(e.getValue().values().get("region_code"));
                }
            }
            assertFalse(withoutLevel.isEmpty(), "some regions publish no level");
            assertFalse(withoutLevel.contains(XUCHANG.cityRegionCode()), "the city always does");
        }

        @Test
        void aboutOneHundredTwentyProjectsAYearMovingForwardOnly() throws IOException {
            Map<String, CheckedRow> projects = SampleFeeds.rows(landing, "projects");
            List<String> order = List.of("签约", "开工", "投产", "达产");
            for (int year = 2019; year <= 2021; year++) {
                int y = year;
                long onLedger = projects.values().stream().filter(r -> r.year() == y && r.period() == 12).count();
                assertTrue(onLedger >= 90 && onLedger <= 170, year + ": " + onLedger + " projects");
            }
            for (CheckedRow row : projects.values()) {
                CheckedRow before = projects.get(SampleFeeds.key(row.year(), row.period() - 1, (String) row.values().get("project_id")));
                if (before != null) {
                    assertTrue(order.indexOf(row.values().get("status")) >= order.indexOf(before.values().get("status")));
                    assertTrue(SampleFeeds.amount(row, "invested_ytd").compareTo(SampleFeeds.amount(before, "invested_ytd")) >= 0);
                }
            }
        }

        @Test
        void everyYearCarriesTheSeedTargets() throws IOException {
            Map<String, CheckedRow> targets = SampleFeeds.rows(landing, "targets");
            for (int year = 2019; year <= 2021; year++) {
                CheckedRow key100Growth = targets.get(SampleFeeds.key(year, 0, "BH01"));
                assertEquals(0, new BigDecimal("13").compareTo(SampleFeeds.amount(key100Growth, "annual_value")));
                assertEquals(0, new BigDecimal("12.5").compareTo(SampleFeeds.amount(key100Growth, "h1_value")));
                assertEquals(0, new BigDecimal("53").compareTo(SampleFeeds.amount(targets.get(SampleFeeds.key(year, 0, "BH02")), "annual_value")));
                assertTrue(targets.containsKey(SampleFeeds.key(year, 0, "JQ-equipment")));
            }
        }

        /**
         * The problem ledger: 20 to 40 problems raised a month; of those within policy scope most are
         * closed within the deadline and some are not; some are outside policy scope; a problem still
         * open at a month's end is on the next month's file, across New Year too.
         */
        @Test
        void theProblemLedgerCarriesOpenProblemsAndMostAreResolvedOnTime() throws IOException {
            Map<String, CheckedRow> rows = SampleFeeds.rows(landing, "enterprise_problems");
            Map<String, CheckedRow> latest = new HashMap<>();
            for (CheckedRow row : rows.values()) {
                String id = (String) row.values().get("problem_id");
                CheckedRow before = latest.get(id);
                if (before == null || row.year() * 12 + row.period() > before.year() * 12 + before.period()) {
                    latest.put(id, row);
                }
                boolean open = "办理中".equals(row.values().get("status"));
                if (open && row.year() * 12 + row.period() < 2021 * 12 + 12) {
                    int next = row.period() == 12 ? 1 : row.period() + 1;
                    assertTrue(rows.containsKey(SampleFeeds.key(row.period() == 12 ? row.year() + 1 : row.year(), next, id)),
                            id + " open at the end of " + row.year() + "-" + row.period());
                }
            }
            for (int month = 1; month <= 12; month++) {
                String prefix = String.format("WT2020%02d-", month);
                long raised = latest.keySet().stream().filter(id -> id.startsWith(prefix)).count();
                assertTrue(raised >= 20 && raised <= 40, prefix + ": " + raised);
            }
            List<CheckedRow> of2020 = latest.values().stream()
                    .filter(r -> ((String) r.values().get("problem_id")).startsWith("WT2020")).toList();
            List<CheckedRow> inScope = of2020.stream().filter(r -> "true".equals(r.values().get("in_policy_scope"))).toList();
            long onTime = inScope.stream().filter(r -> r.values().get("closed_date") != null
                    && ((String) r.values().get("closed_date")).compareTo((String) r.values().get("deadline")) <= 0).count();
            double onTimeShare = onTime / (double) inScope.size();
            assertTrue(onTimeShare >= 0.75 && onTimeShare <= 0.90, "in scope and resolved on time " + onTimeShare);
            double inScopeShare = inScope.size() / (double) of2020.size();
            assertTrue(inScopeShare >= 0.80 && inScopeShare <= 0.92, "within policy scope " + inScopeShare);
        }

        private double city(int year, int period, String column) {
            return enterprises.values().stream().filter(r -> r.year() == year && r.period() == period)
                    .mapToDouble(r -> SampleFeeds.amount(r, column).doubleValue()).sum();
        }
    }

    /**
     * The default city over its default years (2015 to 2026 1-10月), as {@code imon sample} writes it:
     * does it behave like a real prefecture? The figures measured on it are in docs/sample-city.md.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Tag("slow")
    class Realism {
        static final int FIRST = 2015;
        static final int LAST = 2026;
        static final int LAST_PERIOD = 10;
        Path landing;
        Map<String, CheckedRow> enterprises;
        SampleTotals totals;

        @BeforeAll
        void generate(@TempDir Path landing) throws IOException {
            this.landing = landing;
            new SampleCity(XUCHANG, new SampleOptions(SampleOptions.DEFAULT_SEED, FIRST, LAST, LAST_PERIOD,
                    XUCHANG.sampleScale().enterprises(), false)).write(landing);
            enterprises = SampleFeeds.rows(landing, "enterprise_monthly");
            totals = new SampleTotals(enterprises.values());
        }

        /**
         * Regions diverge: the best and the worst region's revenue growth for the year are at least 10
         * points apart in every year (the nine regions' standard deviation is 3.5–7.5 points); in 2020
         * and 2023, the weak years, some regions fall; and the ranks still move after 1-5月: in at least
         * two month-to-month steps of every year, and in half of all those steps over the years, so the
         * circular does not say 持平 for all regions month after month.
         */
        @Test
        void regionsDivergeAndTheirRanksMove() {
            int allSteps = 0;
            int allMoved = 0;
            for (int year = FIRST; year <= LAST; year++) {
                int last = lastPeriod(year);
                Map<String, Double> growth = totals.growthBy(year, last, r -> SampleTotals.text(r, "region_code"), "revenue");
                double spread = growth.values().stream().mapToDouble(g -> g).max().orElseThrow()
                        - growth.values().stream().mapToDouble(g -> g).min().orElseThrow();
                assertTrue(spread >= 10, year + ": regions' growth " + growth);
                if (year == 2020 || year == 2023) {
                    assertTrue(growth.values().stream().filter(g -> g < 0).count() >= 2, year + ": " + growth);
                }
                int steps = 0;
                int moved = 0;
                for (int p = 6; p <= last; p++) {
                    steps++;
                    moved += totals.ranking(year, p).equals(totals.ranking(year, p - 1)) ? 0 : 1;
                }
                assertTrue(moved >= 2, year + ": ranks moved in " + moved + " of " + steps + " steps after 1-5月");
                allSteps += steps;
                allMoved += moved;
            }
            assertTrue(allMoved * 2 >= allSteps, "ranks moved in " + allMoved + " of " + allSteps + " steps after 1-5月");
        }

        /**
         * Revenue and output grow differently, since output/revenue ratios drift by industry: the city's
         * two growth rates differ by more than 0.1 point in at least 10 of the 11 complete years. The
         * city's margin moves: its year-end margins span more than a point over the years, and 1-2月,
         * which carries the festival's fixed costs, is below the year's margin every year.
         */
        @Test
        void outputRatiosAndMarginsMove() {
            int differ = 0;
            double lowest = Double.MAX_VALUE;
            double highest = 0;
            for (int year = FIRST; year < LAST; year++) {
                List<CheckedRow> rows = totals.period(year, 12);
                differ += Math.abs(SampleTotals.growth(rows, "revenue") - SampleTotals.growth(rows, "output")) > 0.1 ? 1 : 0;
                double margin = margin(year, 12);
                lowest = Math.min(lowest, margin);
                highest = Math.max(highest, margin);
                assertTrue(margin(year, 2) < margin, year + " 1-2月 margin " + margin(year, 2) + " against " + margin);
            }
            assertTrue(differ >= 10, "years where revenue and output growth differ: " + differ);
            assertTrue(highest - lowest > 1, "year-end margins from " + lowest + " to " + highest);
        }

        /**
         * Losses and shrinking industries: 5–15% of enterprises make a loss over the year (7–12.5% in
         * this sample, most in 2020); in every year at least one of the 28 divisions' revenue falls.
         */
        @Test
        void someEnterprisesLoseAndSomeIndustriesShrink() {
            for (int year = FIRST; year <= LAST; year++) {
                int last = lastPeriod(year);
                double losing = totals.count(year, last, r -> SampleTotals.amount(r, "profit_ytd") < 0)
                        / (double) totals.period(year, last).size();
                assertTrue(losing >= 0.05 && losing <= 0.15, year + ": loss makers " + losing);
                Map<String, Double> divisions = totals.growthBy(year, last,
                        r -> SampleTotals.text(r, "industry_code").substring(0, 2), "revenue");
                assertTrue(divisions.values().stream().anyMatch(g -> g < 0), year + ": every division grew " + divisions);
            }
        }

        /** Entrants follow the economy, not a rule: over 11 years at least 8 different counts, 30 or more apart. */
        @Test
        void entrantCountsVary() {
            Set<Long> counts = new HashSet<>();
            for (int year = FIRST + 1; year <= LAST; year++) {
                int y = year;
                counts.add(totals.count(year, 2, r -> !enterprises.containsKey(
                        SampleFeeds.key(y - 1, 2, SampleTotals.text(r, "credit_code")))));
            }
            assertTrue(counts.size() >= 8, "entrants per year " + counts);
            assertTrue(counts.stream().mapToLong(c -> c).max().orElseThrow()
                    - counts.stream().mapToLong(c -> c).min().orElseThrow() >= 30, "entrants per year " + counts);
        }

        /**
         * Restated bases: 5–10% of the enterprises that reported a year ago give a 上年同期 that differs
         * from that report, for every period of the year alike. Mergers outweigh corrections, so over
         * those continuing enterprises, growth on their 上年同期 (comparable) is below growth on what
         * they reported a year ago by more than 0.1 point in every year (see docs/sample-city.md for
         * the gaps measured).
         */
        @Test
        void somePriorYearFiguresAreRestated() {
            for (int year = FIRST + 1; year <= LAST; year++) {
                int last = lastPeriod(year);
                int continuing = 0;
                int restated = 0;
                double now = 0;
                double base = 0;
                double reported = 0;
                for (CheckedRow row : totals.period(year, last)) {
                    String code = SampleTotals.text(row, "credit_code");
                    CheckedRow before = enterprises.get(SampleFeeds.key(year - 1, last, code));
                    if (before == null) {
                        continue;
                    }
                    continuing++;
                    boolean differs = SampleTotals.amount(before, "revenue_ytd") != SampleTotals.amount(row, "revenue_ly");
                    restated += differs ? 1 : 0;
                    CheckedRow first = enterprises.get(SampleFeeds.key(year, 2, code));
                    CheckedRow firstBefore = enterprises.get(SampleFeeds.key(year - 1, 2, code));
                    assertEquals(differs, SampleTotals.amount(firstBefore, "revenue_ytd")
                            != SampleTotals.amount(first, "revenue_ly"), code + " " + year + ": restated in 1-2月 as at the year end");
                    now += SampleTotals.amount(row, "revenue_ytd");
                    base += SampleTotals.amount(row, "revenue_ly");
                    reported += SampleTotals.amount(before, "revenue_ytd");
                }
                double share = restated / (double) continuing;
                assertTrue(share >= 0.05 && share <= 0.10, year + ": restated " + share);
                double gap = (now / reported - now / base) * 100;
                assertTrue(gap > 0.1, year + ": growth on last year's report exceeds comparable growth by " + gap);
            }
        }

        /**
         * The Spring Festival on its lunar date: February's share of 1-2月 output is higher in every year
         * whose festival falls in January than in any year whose festival falls in February; and a late
         * festival (after 14 February) pushes its slack into March, so 1-2月 takes a larger share of the
         * year than after a January festival (2020 left out: the shock decides its 1-2月).
         */
        @Test
        void theSpringFestivalFollowsTheLunarCalendar() {
            SpringFestival festival = SpringFestival.load();
            double januaryFestivalLowest = Double.MAX_VALUE;
            double februaryFestivalHighest = 0;
            double earlyFestivalHighest = 0;
            double lateFestivalLowest = Double.MAX_VALUE;
            for (int year = FIRST; year < LAST; year++) {
                double february = totals.sum(year, 2, "output_month") / totals.sum(year, 2, "output_ytd");
                double janFebOfYear = totals.sum(year, 2, "output_ytd") / totals.sum(year, 12, "output_ytd");
                LocalDate date = festival.date(year);
                if (date.getMonthValue() == 1) {
                    januaryFestivalLowest = Math.min(januaryFestivalLowest, february);
                    earlyFestivalHighest = year == 2020 ? earlyFestivalHighest : Math.max(earlyFestivalHighest, janFebOfYear);
                } else {
                    februaryFestivalHighest = Math.max(februaryFestivalHighest, february);
                }
                if (date.isAfter(LocalDate.of(year, 2, 14))) {
                    lateFestivalLowest = Math.min(lateFestivalLowest, janFebOfYear);
                }
            }
            assertTrue(januaryFestivalLowest > februaryFestivalHighest,
                    "February's share of 1-2月: " + januaryFestivalLowest + " vs " + februaryFestivalHighest);
            assertTrue(lateFestivalLowest > earlyFestivalHighest,
                    "1-2月's share of the year: " + lateFestivalLowest + " vs " + earlyFestivalHighest);
        }

        /**
         * The benchmark feed carries the published figures (国家统计局: 全国 2020 1-2月 −13.5, 1-6月 −1.3,
         * the year 2.8, 2024 5.8; 河南省统计局: 2020 0.4, 2024 8.1), and the city follows its province:
         * its value-added growth for the year is within 3 points of the province's plus 0.8 in every
         * year (its own large enterprises and regions add their luck: −0.9 to +2.5 in this sample) and
         * within 1 point on average over the years, and its 2020 1-2月 within 3 points of the province's
         * derived −15.5.
         */
        @Test
        void benchmarksArePublishedFiguresAndTheCityFollowsItsProvince() throws IOException {
            Map<String, Double> benchmark = new HashMap<>();
            for (CheckedRow row : SampleFeeds.rows(landing, "benchmarks").values()) {
                if (row.values().get("indicator").equals("规模以上工业增加值")) {
                    benchmark.put(row.values().get("area") + " " + row.values().get("period_label"),
                            SampleTotals.amount(row, "published_growth_pct"));
                }
            }
            assertEquals(-13.5, benchmark.get("全国 2020-02"));
            assertEquals(-1.3, benchmark.get("全国 2020-06"));
            assertEquals(2.8, benchmark.get("全国 2020-12"));
            assertEquals(5.8, benchmark.get("全国 2024-12"));
            assertEquals(0.4, benchmark.get("河南省 2020-12"));
            assertEquals(8.1, benchmark.get("河南省 2024-12"));
            Map<String, CheckedRow> valueAdded = SampleFeeds.rows(landing, "region_indicators");
            String city = XUCHANG.cityRegionCode();
            double deviations = 0;
            for (int year = FIRST; year < LAST; year++) {
                double own = SampleTotals.amount(valueAdded.get(SampleFeeds.key(year, 12, city)), "va_growth_pct");
                double province = benchmark.get(String.format("河南省 %d-12", year));
                double deviation = own - province - GrowthPath.ABOVE_PROVINCE_PTS;
                assertTrue(Math.abs(deviation) < 3, year + ": city " + own + ", province " + province);
                deviations += deviation;
            }
            assertTrue(Math.abs(deviations / (LAST - FIRST)) < 1, "the city's mean deviation " + deviations / (LAST - FIRST));
            double shock = SampleTotals.amount(valueAdded.get(SampleFeeds.key(2020, 2, city)), "va_growth_pct");
            assertTrue(Math.abs(shock - benchmark.get("河南省 2020-02")) < 3, "1-2月 2020: city " + shock);
        }

        /**
         * Every member of every peer group (周边地市, 全省, 35个大中城市) has value added and revenue in every
         * period; the 35 large and medium cities outside the province run around the nation: their mean
         * growth in 1-10月 of the last year is within 2 points of the nation's.
         */
        @Test
        void everyPeerGroupMemberReportsEveryPeriod() throws IOException {
            Map<String, Double> valueAdded = new HashMap<>();
            Set<String> revenue = new HashSet<>();
            for (CheckedRow row : SampleFeeds.rows(landing, "benchmarks").values()) {
                String key = row.values().get("area") + " " + row.values().get("period_label");
                if (row.values().get("indicator").equals("规模以上工业增加值")) {
                    valueAdded.put(key, SampleTotals.amount(row, "published_growth_pct"));
                } else if (row.values().get("indicator").equals("规模以上工业营业收入")) {
                    revenue.add(key);
                }
            }
            for (String member : XUCHANG.peerGroupMembers()) {
                for (int period = 2; period <= LAST_PERIOD; period++) {
                    String key = String.format("%s %d-%02d", member, LAST, period);
                    assertTrue(valueAdded.containsKey(key) && revenue.contains(key), key);
                }
            }
            List<String> province = group("province");
            List<String> outside = group("big35").stream().filter(m -> !province.contains(m)).toList();
            double mean = outside.stream().mapToDouble(m -> valueAdded.get(String.format("%s %d-%02d", m, LAST, LAST_PERIOD)))
                    .average().orElseThrow();
            double nation = valueAdded.get(String.format("全国 %d-%02d", LAST, LAST_PERIOD));
            assertTrue(Math.abs(mean - nation) < 2, "35 cities' mean " + mean + ", nation " + nation);
        }

        private List<String> group(String code) {
            return XUCHANG.peerGroups().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow().members();
        }

        /**
         * Targets as the seeds set them: 2015's cluster targets are seed 000's tiers; every later year's
         * is a stretch above the cluster's revenue of the year before (none below it, 2026 included);
         * the value-added growth target is above last year's growth, the entrants target above last
         * year's entrants, and the entrants' pull target the next tenth of a point above last year's pull
         * (seed 000 三: 较上年有所提高).
         */
        @Test
        void targetsStretchAboveLastYearsActual() throws IOException {
            Map<String, CheckedRow> targets = SampleFeeds.rows(landing, "targets");
            Map<String, CheckedRow> lists = SampleFeeds.rows(landing, "key_lists");
            Map<String, CheckedRow> valueAdded = SampleFeeds.rows(landing, "region_indicators");
            for (Cluster c : XUCHANG.clusters()) {
                assertEquals(c.targetTierYi().doubleValue(), target(targets, c.targetYear(), "JQ-" + c.code()), c.name());
            }
            for (int year = FIRST + 1; year <= LAST; year++) {
                Map<String, Double> actual = clusterRevenueYi(year - 1, lists);
                for (Cluster c : XUCHANG.clusters()) {
                    double target = target(targets, year, "JQ-" + c.code());
                    assertTrue(target > actual.get(c.code()), year + " " + c.name() + " target " + target + " against "
                            + actual.get(c.code()) + "亿 the year before");
                }
                double growth = SampleTotals.amount(valueAdded.get(SampleFeeds.key(year - 1, 12, XUCHANG.cityRegionCode())),
                        "va_growth_pct");
                assertTrue(target(targets, year, "GY01") > growth, year + " value-added growth target");
            }
            // The entrants' pull: from the third year, when last year's entrants are known, above it.
            for (int year = FIRST + 2; year <= LAST; year++) {
                double pull = entrantsPullPts(year - 1);
                double target = target(targets, year, "RK02");
                assertTrue(target > pull && target <= pull + 0.1 + 1e-9, year + " entrants' pull target " + target + " against "
                        + pull + " the year before");
            }
        }

        /** The pull of a year's entrants on 1-12月 output, from the feed: above scale then, not the year before. */
        private double entrantsPullPts(int year) {
            Set<String> before = totals.period(year - 1, 12).stream().map(r -> SampleTotals.text(r, "credit_code"))
                    .collect(Collectors.toSet());
            double base = 0;
            double increase = 0;
            for (CheckedRow r : totals.period(year, 12)) {
                base += SampleTotals.amount(r, "output_ly");
                if (!before.contains(SampleTotals.text(r, "credit_code"))) {
                    increase += SampleTotals.amount(r, "output_ytd") - SampleTotals.amount(r, "output_ly");
                }
            }
            return 100 * increase / base;
        }

        private double target(Map<String, CheckedRow> targets, int year, String id) {
            return SampleTotals.amount(targets.get(SampleFeeds.key(year, 0, id)), "annual_value");
        }

        /** Each cluster's revenue for the year (亿元): members by industry rule or on the year's cluster list. */
        private Map<String, Double> clusterRevenueYi(int year, Map<String, CheckedRow> lists) {
            Map<String, Double> revenue = new HashMap<>();
            for (Cluster c : XUCHANG.clusters()) {
                Set<String> listed = lists.values().stream()
                        .filter(r -> r.year() == year && r.values().get("list_code").equals("cluster_" + c.code()))
                        .map(r -> SampleTotals.text(r, "credit_code")).collect(Collectors.toSet());
                revenue.put(c.code(), totals.period(year, 12).stream()
                        .filter(r -> c.coversIndustry(SampleTotals.text(r, "industry_code"))
                                || listed.contains(SampleTotals.text(r, "credit_code")))
                        .mapToDouble(r -> SampleTotals.amount(r, "revenue_ytd")).sum() / 10_000);
            }
            return revenue;
        }

        /**
         * 更名、迁址、变更行业: a few enterprises a year (0.5% chance each, about 10 of 2,000) report under
         * a new name, region or industry class with the same credit code; over the years every kind
         * occurs. The load keeps them as versions of dim_enterprise, and the warehouse counts each
         * period in the region and industry of that period's report.
         */
        @Test
        void someEnterprisesChangeNameRegionOrIndustry() {
            Map<String, Integer> kinds = new HashMap<>();
            for (int year = FIRST + 1; year <= LAST; year++) {
                int changed = 0;
                for (CheckedRow row : totals.period(year, 2)) {
                    CheckedRow before = enterprises.get(SampleFeeds.key(year - 1, 12, SampleTotals.text(row, "credit_code")));
                    if (before == null) {
                        continue;
                    }
                    boolean any = false;
                    for (String column : List.of("enterprise_name", "region_code", "industry_code")) {
                        boolean regionRecoded = column.equals("region_code") && year == 2017
                                && SampleTotals.text(before, column).equals("411023");
                        if (!regionRecoded && !SampleTotals.text(row, column).equals(SampleTotals.text(before, column))) {
                            kinds.merge(column, 1, Integer::sum);
                            any = true;
                        }
                    }
                    changed += any ? 1 : 0;
                }
                assertTrue(changed >= 1 && changed <= 30, year + ": " + changed + " enterprises changed");
            }
            assertEquals(Set.of("enterprise_name", "region_code", "industry_code"), kinds.keySet(), kinds.toString());
        }

        private int lastPeriod(int year) {
            return year == LAST ? LAST_PERIOD : 12;
        }

        private double margin(int year, int period) {
            return totals.sum(year, period, "profit_ytd") / totals.sum(year, period, "revenue_ytd") * 100;
        }
    }

    private static void assertRate(double rate, String what) {
        assertTrue(rate >= 0.05 && rate <= 0.10, what + " " + rate);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
