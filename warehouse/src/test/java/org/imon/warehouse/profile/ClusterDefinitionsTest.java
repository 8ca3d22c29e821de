package org.imon.warehouse.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.imon.warehouse.reference.CsvRecords;
import org.imon.warehouse.reference.IndustryClassification;
import org.junit.jupiter.api.Test;

/** The default city's cluster rules against the classifications they cite. */
class ClusterDefinitionsTest {
    private static final IndustryClassification GBT4754 = IndustryClassification.load();

    @Test
    void equipmentManufacturingIsTheBureausEightDivisions() {
        Cluster equipment = CityProfile.load("xuchang").clusters().stream()
                .filter(c -> c.code().equals("equipment")).findFirst().orElseThrow();
        // 国家统计局's 装备制造业: C33 金属制品业 to C40 仪器仪表制造业. C33 was missing once and left out
        // every metal-products enterprise.
        assertEquals(List.of("33", "34", "35", "36", "37", "38", "39", "40"), equipment.industryRules());
        assertTrue(equipment.coversIndustry("3311"), "C3311 金属结构制造 is 装备制造");
        assertTrue(!equipment.coversIndustry("3011"), "C30 is not");
    }

    @Test
    void everyRuleIsACodeOfTheStandardAndCitesItsSource() {
        for (Map<String, String> row : CsvRecords.read("profiles/xuchang/clusters.csv")) {
            String cluster = row.get("cluster_name");
            String source = row.get("rule_source");
            assertTrue(source.contains("GB/T 4754-2017"), cluster + " cites the classification: " + source);
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
}
