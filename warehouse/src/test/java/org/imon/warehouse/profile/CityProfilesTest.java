package org.imon.warehouse.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.imon.warehouse.reference.CsvRecords;
import org.imon.warehouse.reference.IndustryClassification;

/**
 * Every built-in city profile against the national reference tables it cites (GB/T 2260 for its
 * regions, GB/T 4754-2017 for its clusters and watched industries), and Suizhou's against its plan,
 * seed 002.
 */
class CityProfilesTest {
    private static final IndustryClassification GBT4754 = IndustryClassification.load();
    private static final Map<String, String> AREAS = names("reference/admin_div_areas.csv");

    @ParameterizedTest
    @ValueSource(strings = {"xuchang", "suizhou"})
    void theCityAndItsProvinceAreTheirGbt2260Entries(String id) {
        CityProfile city = CityProfile.load(id);
        assertEquals(city.cityName(), names("reference/admin_div_cities.csv").get(city.cityCode()));
        assertEquals(city.provinceName(),
                names("reference/admin_div_provinces.csv").get(city.cityCode().substring(0, 2)));
    }

    /**
     * A region citing GB/T 2260 in use today is the table's entry, under the city's code; a code of
     * the city's own choosing (a management zone) is none of the table's, so it can never be taken for
     * a real county.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xuchang", "suizhou"})
    void regionCodesAreGbt2260OrOwnedUpToAsTheCitys(String id) {
        CityProfile city = CityProfile.load(id);
        for (Map<String, String> r : CsvRecords.read("profiles/" + id + "/regions.csv")) {
            String code = r.get("region_code");
            String source = r.get("code_source");
            assertTrue(code.startsWith(city.cityCode()), code + " is under " + city.cityCode());
            if (source.startsWith("city-assigned")) {
                assertFalse(AREAS.containsKey(code), code + " is a real GB/T 2260 code: " + AREAS.get(code));
            } else if (r.get("valid_to_year").isBlank()) {
                assertTrue(source.startsWith("GB/T 2260"), code + ": " + source);
                assertEquals(AREAS.get(code), r.get("region_name"), code);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xuchang", "suizhou"})
    void everyClusterRuleIsACodeOfTheStandardAndCitesItsSource(String id) {
        for (Map<String, String> row : CsvRecords.read("profiles/" + id + "/clusters.csv")) {
            String cluster = row.get("cluster_name");
            String source = row.get("rule_source");
            assertTrue(source.contains("GB/T 4754-2017"), cluster + " cites the classification: " + source);
            assertTrue(row.get("source").startsWith("seed 00"), cluster + " cites its seed: " + row.get("source"));
            String rules = row.get("industry_rules");
            if (rules.isBlank()) {
                continue;
            }
            for (String rule : rules.split(";")) {
                var industry = GBT4754.find(rule);
                assertTrue(industry.isPresent(), cluster + ": " + rule + " is not a GB/T 4754-2017 code");
                assertTrue(source.contains(industry.get().name()),
                        cluster + ": the source names " + rule + " " + industry.get().name() + ": " + source);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xuchang", "suizhou"})
    void watchedIndustriesAreDivisionsByTheirStandardNames(String id) {
        for (Map<String, String> row : CsvRecords.read("profiles/" + id + "/watched_industries.csv")) {
            Optional<IndustryClassification.Industry> industry = GBT4754.find(row.get("industry_code"));
            assertEquals(Optional.of(row.get("industry_name")), industry.map(IndustryClassification.Industry::name));
        }
    }

    /**
     * 全省: every other prefecture-level city of the province in the GB/T 2260 reference table, named as
     * it names them; the city itself never in a group.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xuchang", "suizhou"})
    void theProvinceGroupIsTheOtherCitiesOfTheReferenceTable(String id) {
        CityProfile profile = CityProfile.load(id);
        String provinceCode = profile.cityCode().substring(0, 2);
        List<String> reference = CsvRecords.read("reference/admin_div_cities.csv").stream()
                .filter(r -> r.get("provinceCode").equals(provinceCode) && !r.get("code").equals(profile.cityCode())
                        && !Set.of("市辖区", "省直辖县级行政区划").contains(r.get("name")))
                .map(r -> r.get("name")).toList();
        assertEquals(reference, group(profile, PeerGroup.PROVINCE).members());
        assertTrue(profile.peerGroups().stream().noneMatch(g -> g.members().contains(profile.cityName())));
        assertEquals(profile.peerCities(), group(profile, PeerGroup.NEIGHBOURS).members());
    }

    /** Seed 004: the 35 large and medium cities, none twice; Xuchang is not one, so all 35 are its peers. */
    @Test
    void xuchangComparesItselfWithThe35LargeAndMediumCities() {
        CityProfile xuchang = CityProfile.load("xuchang");
        List<String> big35 = group(xuchang, "big35").members();
        assertEquals(35, Set.copyOf(big35).size());
        assertTrue(big35.containsAll(List.of("北京市", "重庆市", "郑州市", "深圳市", "乌鲁木齐市")));
        assertFalse(big35.contains("拉萨市"));
        assertEquals(List.of("neighbours", "province", "big35"),
                xuchang.peerGroups().stream().map(PeerGroup::code).toList());
    }

    private static PeerGroup group(CityProfile profile, String code) {
        return profile.peerGroups().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void suizhouRanksItsThreeCountiesAndDistrictsAndItsHighTechZone() {
        CityProfile suizhou = CityProfile.load("suizhou");
        assertEquals(List.of("421303 曾都区", "421321 随县", "421381 广水市", "421391 随州高新技术产业开发区"),
                suizhou.currentRegions().stream().map(r -> r.code() + " " + r.name()).toList());
        assertEquals("湖北省", suizhou.provinceName());
        assertEquals("随州市经济和信息化局", suizhou.issuingBody());
        assertEquals(List.of("襄阳市", "孝感市", "荆门市", "信阳市"), suizhou.peerCities());
    }

    /**
     * Seed 002 一 and 三: value added +7% a year, 30 more above-scale enterprises a year, a profit margin
     * of 6.0%, energy per unit of value added −2.5% a year, strategic emerging output +17% a year; 专用汽车及零部件 and 农产品加工 千亿元 industries by
     * 2020; no figure for the others. 一(一): industrial
     * investment +10% and 技改 investment +12% a year, 40% of fixed-asset investment. 二(一): 20 growth points a
     * year; 二(四): each county and 随州高新区 starts 2 projects over 5亿 and 20 over 1亿 a year; 二(六): one
     * enterprise over 100亿, 2-3 over 50亿, one over 10亿 in each county and 随州高新区; capacity use about 80%,
     * the band 80 ± 5.
     */
    @Test
    void suizhouCarriesSeed002sTargets() {
        Map<String, String> annual = CsvRecords.read("profiles/suizhou/sample_targets.csv").stream()
                .collect(Collectors.toMap(r -> r.get("target_id"), r -> r.get("annual_value")));
        Map<String, String> expected = new HashMap<>(Map.of("GY01", "7", "RK01", "30", "LR01", "6.0", "JQ-*", "stretch",
                "TZ01", "40", "TZ03", "10", "TZ04", "12", "QY01", "1", "QY02", "2", "ZZ01", "20"));
        expected.put("NH01", "-2.5");
        expected.put("CN01", "80±5");
        expected.put("ZX02", "17");
        for (String region : List.of("421303", "421321", "421381", "421391")) {
            expected.put("QY03-" + region, "1");
            expected.put("XK01-" + region, "2");
            expected.put("XK02-" + region, "20");
        }
        assertEquals(expected, annual);
        Map<String, String> tiers = CityProfile.load("suizhou").clusters().stream()
                .collect(Collectors.toMap(Cluster::code, c -> c.targetTierYi() + " in " + c.targetYear()));
        assertEquals(Map.of("special_vehicles", "1000 in 2020", "agri_processing", "1000 in 2020",
                "electronics", "null in null", "fans", "null in null", "pharma_chem", "null in null",
                "textile_apparel", "null in null"), tiers);
    }

    /** code → name of a GB/T 2260 reference table. */
    private static Map<String, String> names(String table) {
        return CsvRecords.read(table).stream().collect(Collectors.toMap(r -> r.get("code"), r -> r.get("name")));
    }
}
