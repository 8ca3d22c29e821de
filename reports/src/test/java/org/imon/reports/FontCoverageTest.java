package org.imon.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.Cluster;
import org.imon.warehouse.profile.Region;

/** Every embedded face has a glyph for every name the city's reports print, rare characters included. */
class FontCoverageTest {

    @Test
    void everyFacePrintsTheCitysNamesAndTheRareCharacters() {
        CityProfile profile = CityProfile.defaultProfile();
        List<String> names = new ArrayList<>(List.of(profile.cityName(), profile.issuingBody(),
                "鄢陵县", "长葛市", "襄城县", "建安区", "许昌县", "— 1 —", "（）；：、。%＋−", Wording.TARGET_MET));
        profile.regions().stream().map(Region::name).forEach(names::add);
        profile.clusters().stream().map(Cluster::name).forEach(names::add);
        for (String[] face : new String[][] {{"Noto Serif SC", "regular"}, {"Noto Serif SC", "bold"},
                {"Noto Sans SC", "regular"}}) {
            Font font = ReportAssertions.font(face[0], face[1].equals("bold"));
            for (String name : names) {
                assertEquals(-1, font.canDisplayUpTo(name), face[0] + " " + face[1] + " lacks a glyph in " + name);
            }
        }
    }
}
