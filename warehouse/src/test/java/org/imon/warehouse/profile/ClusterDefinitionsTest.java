package org.imon.warehouse.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The default city's cluster rules against the classifications they cite. */
class ClusterDefinitionsTest {
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
}
