package org.imon.etl.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.sample.SampleCity;
import org.imon.etl.sample.SampleOptions;
import org.imon.etl.SparkTests;
import org.imon.warehouse.profile.CityProfile;

/**
 * {@code imon sample --defects} plants bad input and lists it in a manifest. Loading that sample must
 * quarantine exactly the manifest's entries, each with the reason it names, and publish every other row.
 */
@Tag("slow")
class SampleDefectsTest {
    static SparkSession spark;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        spark = SparkTests.session();
    }

    @Test
    void everyPlantedDefectIsQuarantinedWithItsReasonAndNoGoodRowIsLost() throws Exception {
        Path landing = home.resolve("landing");
        SampleCity.Summary summary = new SampleCity(CityProfile.defaultProfile(),
                new SampleOptions(3, 2023, 2024, 6, 150, true)).write(landing);
        List<String> manifest = Files.readAllLines(landing.resolve("_manifest/defects.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFFfeed,file,row,column,value,expected_reason,description", manifest.get(0));
        Set<String> expected = manifest.subList(1, manifest.size()).stream().map(line -> {
            String[] f = line.split(",");
            return f[1] + "#" + f[2] + "#" + f[5];
        }).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(10, expected.size(), "seven row defects and three file defects");
        assertEquals(10, summary.defects());

        LandingLoad.Result result = LoadHomes.load(home, "defects");
        FeedLoadReport report = result.feed("enterprise_monthly");

        Set<String> quarantined = report.rejections().stream()
                .map(r -> r.file() + "#" + r.row() + "#" + r.reason().name())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, quarantined);
        // rowsRejected = read − published − superseded: exactly the seven planted rows are missing.
        assertEquals(7, report.rowsRejected(), "each row defect sets aside one row, and nothing else is lost");
        assertEquals(3, report.filesRejected());
        long distinctEnterprisePeriods = spark.read().parquet(result.snapshot().dir().resolve("fact_enterprise_period").toString())
                .select("credit_code", "year", "period").distinct().count();
        assertEquals(report.rowsPublished(), distinctEnterprisePeriods);
        assertTrue(report.rowsSuperseded() > 0, "corrections replaced their originals");
    }
}
