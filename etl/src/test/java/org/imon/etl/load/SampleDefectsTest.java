package org.imon.etl.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.sample.SampleCity;
import org.imon.etl.sample.SampleOptions;
import org.imon.warehouse.profile.CityProfile;

/**
 * {@code imon sample --defects} plants bad input and lists it in a manifest: in the enterprise report, the
 * problem ledger and the 固定资产投资 release. Loading that sample must quarantine exactly each feed's
 * manifest entries, each with the reason it names, and publish every other row.
 */
@Tag("slow")
class SampleDefectsTest {
    @TempDir
    Path home;

    @Test
    void everyPlantedDefectIsQuarantinedWithItsReasonAndNoGoodRowIsLost() throws Exception {
        Path landing = home.resolve("landing");
        SampleCity.Summary summary = new SampleCity(CityProfile.defaultProfile(),
                new SampleOptions(3, 2023, 2024, 6, 150, true)).write(landing);
        List<String> manifest = Files.readAllLines(landing.resolve("_manifest/defects.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFFfeed,file,row,column,value,expected_reason,description", manifest.get(0));
        Map<String, Set<String>> expected = manifest.subList(1, manifest.size()).stream().map(line -> line.split(","))
                .collect(Collectors.groupingBy(f -> f[0], TreeMap::new,
                        Collectors.mapping(f -> f[1] + "#" + f[2] + "#" + f[5], Collectors.toCollection(TreeSet::new))));
        assertEquals(List.of(10, 4, 3), List.of(expected.get("enterprise_monthly").size(),
                expected.get("enterprise_problems").size(), expected.get("fixed_asset_investment").size()),
                "enterprise report: seven row defects and three file defects; ledger: four; 固定资产投资: three");
        assertEquals(17, summary.defects());

        LandingLoad.Result result = LoadHomes.load(home, "defects");
        for (Map.Entry<String, Set<String>> feed : expected.entrySet()) {
            assertEquals(feed.getValue(), quarantined(result.feed(feed.getKey())), feed.getKey());
        }
        FeedLoadReport report = result.feed("enterprise_monthly");
        // rowsRejected = read − published − superseded: exactly the planted rows are missing.
        assertEquals(7, report.rowsRejected(), "each row defect sets aside one row, and nothing else is lost");
        assertEquals(3, report.filesRejected());
        assertEquals(4, result.feed("enterprise_problems").rowsRejected());
        assertEquals(3, result.feed("fixed_asset_investment").rowsRejected());
        long distinctEnterprisePeriods = LoadHomes.published(result, "fact_enterprise_period")
                .select("credit_code", "year", "period").distinct().count();
        assertEquals(report.rowsPublished(), distinctEnterprisePeriods);
        assertTrue(report.rowsSuperseded() > 0, "corrections replaced their originals");
    }

    private static Set<String> quarantined(FeedLoadReport report) {
        return report.rejections().stream().map(r -> r.file() + "#" + r.row() + "#" + r.reason().name())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
