package org.imon.etl.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.load.FeedReader.CheckedRow;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.Cluster;
import org.imon.warehouse.profile.Region;

/**
 * The sample city written from the second profile, Suizhou (随州, seed 002), at its own size, for
 * 2020 1-2月 to 1-6月: its regions, its structure (special-purpose vehicles and agricultural
 * processing first), its plan's targets, its province and neighbours in the benchmarks, and the
 * quarterly 产能利用率 survey.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuizhouSampleTest {
    private static final CityProfile SUIZHOU = CityProfile.load("suizhou");

    Collection<CheckedRow> june;
    Map<String, CheckedRow> targets;
    Collection<CheckedRow> benchmarks;
    Collection<CheckedRow> lists;
    Map<String, CheckedRow> capacity;

    @BeforeAll
    void generate(@TempDir Path landing) throws IOException {
        new SampleCity(SUIZHOU, new SampleOptions(SampleOptions.DEFAULT_SEED, 2020, 2020, 6,
                SUIZHOU.sampleScale().enterprises(), false)).write(landing);
        june = SampleFeeds.rows(landing, "enterprise_monthly", SUIZHOU.id()).values().stream()
                .filter(r -> r.period() == 6).toList();
        targets = SampleFeeds.rows(landing, "targets", SUIZHOU.id());
        benchmarks = SampleFeeds.rows(landing, "benchmarks", SUIZHOU.id()).values();
        lists = SampleFeeds.rows(landing, "key_lists", SUIZHOU.id()).values();
        capacity = SampleFeeds.rows(landing, "capacity_utilization", SUIZHOU.id());
    }

    @Test
    void aboutSixHundredEnterprisesInSuizhousOwnRegions() {
        // sample.enterprises = 590, the mix's rows rounded one by one: 592 in the first year.
        assertEquals(592, june.size());
        Set<String> regions = june.stream().map(r -> SampleTotals.text(r, "region_code")).collect(Collectors.toSet());
        assertEquals(SUIZHOU.currentRegions().stream().map(Region::code).collect(Collectors.toSet()), regions);
    }

    /** sample_industry_mix.csv: 专汽 and parts 420亿 and farm-product processing 500亿 of 1,660亿 in 2015. */
    @Test
    void specialVehiclesAndFarmProductsMakeHalfOfRevenue() {
        double city = SampleTotals.sum(june, "revenue_ytd");
        double vehicles = clusterRevenue("special_vehicles");
        double farm = clusterRevenue("agri_processing");
        assertTrue((vehicles + farm) / city > 0.45, vehicles + " + " + farm + " of " + city);
        for (Cluster other : SUIZHOU.clusters()) {
            assertTrue(clusterRevenue(other.code()) <= Math.max(vehicles, farm), other.name());
        }
    }

    @Test
    void theTargetsAreSeed002s() {
        assertTarget("GY01", "7");
        assertTarget("RK01", "30");
        assertTarget("LR01", "6");
        assertTarget("NH01", "-2.5");
        // 2020 is the year of the 千亿 tiers.
        assertTarget("JQ-special_vehicles", "1000");
        assertTarget("JQ-agri_processing", "1000");
        assertTarget("ZX02", "17");
        assertTarget("TZ03", "10");
        assertTarget("TZ04", "12");
        assertTarget("QY02", "2");
        assertTarget("XK02-421391", "20");
        assertEquals("region", SampleTotals.text(targets.get(SampleFeeds.key(2020, 0, "XK02-421391")), "subject_type"));
        // GY01, RK01, LR01, NH01, CN01, ZX02, TZ01, TZ03, TZ04, QY01, QY02, ZZ01; QY03, XK01 and XK02 for each region; one per cluster
        assertEquals(12 + 3 * SUIZHOU.regions().size() + SUIZHOU.clusters().size(), targets.size(), targets.keySet().toString());
    }

    /** Seed 002 二(一): 产能利用率稳定在80%左右, a band: 全年目标 80, 允许偏差 5 (sample_targets.csv's 80±5). */
    @Test
    void capacityUseIsABandTarget() {
        assertTarget("CN01", "80");
        CheckedRow band = targets.get(SampleFeeds.key(2020, 0, "CN01"));
        assertEquals("band_pct", SampleTotals.text(band, "measure"));
        assertEquals(0, new BigDecimal("5").compareTo(SampleFeeds.amount(band, "tolerance_value")));
    }

    /**
     * 一季度 and 二季度 by 1-6月, stored as their last months 3 and 6: the city's own row (blank industry),
     * the three sections and each division of the mix, every rate and 上年同期 within 65–85 %.
     */
    @Test
    void theCapacitySurveyGivesTheCityAndEachIndustryEveryQuarter() {
        assertEquals(Set.of(3, 6), capacity.values().stream().map(CheckedRow::period).collect(Collectors.toSet()));
        assertTrue(capacity.containsKey(SampleFeeds.key(2020, 3, "421300", "null")), capacity.keySet().toString());
        assertTrue(capacity.containsKey(SampleFeeds.key(2020, 6, "421300", "36")));
        assertTrue(capacity.containsKey(SampleFeeds.key(2020, 6, "421300", "D")));
        for (CheckedRow row : capacity.values()) {
            for (String column : List.of("utilization_pct", "utilization_ly_pct")) {
                double pct = SampleFeeds.amount(row, column).doubleValue();
                assertTrue(pct >= 65 && pct <= 85, row.file() + " line " + row.line() + ": " + pct);
            }
        }
    }

    /** Seed 002's 50 key enterprises (抓好50家重点企业产能释放), not Xuchang's 百户 or Zhengzhou's 双百. */
    @Test
    void theKeyListIsSeed002sFifty() {
        assertEquals(Map.of("key50", 50L), lists.stream()
                .collect(Collectors.groupingBy(r -> SampleTotals.text(r, "list_code"), Collectors.counting())));
    }

    /** 湖北省's 1-6月 2020 in sample_benchmarks.csv: −9.8, the nation's path scaled to Hubei's −6.1 for the year. */
    @Test
    void benchmarksAreHubeiTheNationAndTheNeighbours() {
        // The portal's own export (every province's GDP) rides along; the monthly file is the city's choice.
        Set<String> areas = benchmarks.stream().filter(r -> SampleTotals.text(r, "indicator").equals("规模以上工业增加值"))
                .map(r -> SampleTotals.text(r, "area")).collect(Collectors.toSet());
        Set<String> expected = new HashSet<>(Set.of("湖北省", "全国", "襄阳市", "孝感市", "荆门市", "信阳市"));
        expected.addAll(SUIZHOU.peerGroupMembers());
        assertEquals(expected, areas);
        CheckedRow hubei = benchmarks.stream()
                .filter(r -> String.valueOf(r.values().get("period_label")).equals("2020-06") && SampleTotals.text(r, "area").equals("湖北省")
                        && SampleTotals.text(r, "indicator").equals("规模以上工业增加值"))
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("-9.8").compareTo(SampleFeeds.amount(hubei, "published_growth_pct")));
    }

    private double clusterRevenue(String code) {
        Cluster cluster = SUIZHOU.clusters().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
        return SampleTotals.sum(june.stream().filter(r -> cluster.coversIndustry(SampleTotals.text(r, "industry_code")))
                .toList(), "revenue_ytd");
    }

    private void assertTarget(String id, String annual) {
        CheckedRow row = targets.get(SampleFeeds.key(2020, 0, id));
        assertEquals(0, new BigDecimal(annual).compareTo(SampleFeeds.amount(row, "annual_value")), id);
    }
}
