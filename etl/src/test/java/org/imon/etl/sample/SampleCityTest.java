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
                    SampleOptions.DEFAULT_ENTERPRISES, false)).write(landing);
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

        @Test
        void yearToDateNeverFallsAndLastYearMatchesLastYear() {
            for (CheckedRow row : enterprises.values()) {
                String code = (String) row.values().get("credit_code");
                CheckedRow before = enterprises.get(SampleFeeds.key(row.year(), row.period() - 1, code));
                if (before != null) {
                    assertTrue(SampleFeeds.amount(row, "revenue_ytd").compareTo(SampleFeeds.amount(before, "revenue_ytd")) >= 0,
                            code + " " + row.year() + " 1-" + row.period());
                }
                CheckedRow lastYear = enterprises.get(SampleFeeds.key(row.year() - 1, row.period(), code));
                if (lastYear != null) {
                    for (String item : List.of("revenue", "output", "profit")) {
                        assertEquals(SampleFeeds.amount(lastYear, item + "_ytd"), SampleFeeds.amount(row, item + "_ly"),
                                code + " " + item + " 上年同期 " + row.year() + " 1-" + row.period());
                    }
                }
            }
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
            assertTrue(city(2020, 2, "revenue_ytd") < city(2020, 2, "revenue_ly") * 0.8, "1-2月 2020 fell sharply");
            assertTrue(city(2021, 12, "revenue_ytd") > city(2021, 12, "revenue_ly") * 1.08, "2021 recovered");
            double margin = city(2021, 12, "profit_ytd") / city(2021, 12, "revenue_ytd");
            assertTrue(margin > 0.05 && margin < 0.07, "profit margin " + margin);
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

        private double city(int year, int period, String column) {
            return enterprises.values().stream().filter(r -> r.year() == year && r.period() == period)
                    .mapToDouble(r -> SampleFeeds.amount(r, column).doubleValue()).sum();
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
