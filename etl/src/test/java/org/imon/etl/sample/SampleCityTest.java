package org.imon.etl.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.feed.FeedSpec;
import org.imon.etl.landing.LandingFile;
import org.imon.etl.load.EnterpriseMonthlyLoad;
import org.imon.etl.load.FeedReader;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.schema.TableSchema;

class SampleCityTest {
    private static final SampleOptions SMALL = new SampleOptions(7, 2016, 2017, 6, 60);

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesByteIdenticalFiles() throws IOException {
        new SampleCity(CityProfile.defaultProfile(), SMALL).write(dir.resolve("a"));
        new SampleCity(CityProfile.defaultProfile(), SMALL).write(dir.resolve("b"));
        new SampleCity(CityProfile.defaultProfile(), new SampleOptions(8, 2016, 2017, 6, 60)).write(dir.resolve("c"));
        List<Path> files = files(dir.resolve("a"));
        assertEquals(11 + 5, files.size(), "1-2月 … 1-12月 of 2016, 1-2月 … 1-6月 of 2017");
        for (Path file : files) {
            Path relative = dir.resolve("a").relativize(file);
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(dir.resolve("b").resolve(relative)),
                    relative.toString());
        }
        assertNotEquals(Files.readString(files.get(0)), Files.readString(dir.resolve("c").resolve(
                dir.resolve("a").relativize(files.get(0)))), "another seed gives another city");
    }

    @Test
    void everyGeneratedRowPassesTheLoadersChecks() throws IOException {
        SampleCity.Summary summary = new SampleCity(CityProfile.defaultProfile(), SMALL).write(dir);
        FeedReader reader = new FeedReader(FeedSpec.load(EnterpriseMonthlyLoad.FEED),
                TableSchema.load(EnterpriseMonthlyLoad.TABLE), CityProfile.DEFAULT_ID);
        long rows = 0;
        for (LandingFile file : LandingFile.list(dir, EnterpriseMonthlyLoad.FEED)) {
            FeedReader.FileResult result = reader.read(file);
            assertEquals(List.of(), result.rejections(), file.relative());
            rows += result.rows().size();
        }
        assertEquals(summary.rows(), rows);
        // 许昌县 became 建安区 in 2017: the 2016 files use 411023, the 2017 files 411003.
        assertTrue(Files.readString(dir.resolve("enterprise_monthly/2016-12/规上工业企业主要指标_2016年1-12月.csv"))
                .contains(",411023,"));
        String in2017 = Files.readString(dir.resolve("enterprise_monthly/2017-06/规上工业企业主要指标_2017年1-6月.csv"));
        assertTrue(in2017.contains(",411003,") && !in2017.contains(",411023,"));
    }

    @Test
    void theLatestCompletePeriodIsLastMonthButNeverJanuaryAlone() {
        assertEquals(YearMonth.of(2026, 10), SampleOptions.latestCompletePeriod(LocalDate.of(2026, 11, 25)));
        assertEquals(YearMonth.of(2025, 12), SampleOptions.latestCompletePeriod(LocalDate.of(2026, 2, 3)));
        assertEquals(YearMonth.of(2025, 12), SampleOptions.latestCompletePeriod(LocalDate.of(2026, 1, 15)));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
