package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.cli.CommandLineTest.Run;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.Region;

/**
 * A second city run by the same code: Suizhou (随州, seed 002), sampled, loaded, built and its circular
 * rendered with {@code --profile suizhou} on a small sample (100 enterprises, 2024 1-2月 and 1-3月). The
 * circular must rank Suizhou's own regions, carry its bureau's name, set it beside 湖北省 and its
 * neighbouring cities, and never print a Xuchang region: nothing of Xuchang may hide in the code.
 */
@Tag("slow")
class SecondCityTest {
    @TempDir
    Path home;

    @Test
    void suizhouGetsItsOwnCircular() throws Exception {
        assertSucceeds(suizhou("sample", "--enterprises", "100", "--years", "1", "--until", "2024-03"));
        assertSucceeds(suizhou("load", "--master", "local[2]"));
        assertSucceeds(suizhou("build"));
        assertSucceeds(suizhou("report", "circular", "--period", "2024-03", "--date", "2024-04-10"));

        Path pdf = home.resolve("reports/2024-03/月度工业经济运行通报_2024年1-3月.pdf");
        List<String> ranked = PdfText.revenueRanking(pdf).stream().map(row -> row.get(1)).sorted().toList();
        assertEquals(List.of("广水市", "随县", "随州高新区", "曾都区").stream().sorted().toList(), ranked,
                "the three counties and districts and the high-tech zone");
        String text = PdfText.of(pdf).replaceAll("[\\s\u3000]+", "");
        assertTrue(text.contains("随州市规模以上工业经济运行情况通报"), text);
        assertTrue(text.contains("随州市经济和信息化局"), "the issuing body: " + text);
        // sample_benchmarks.csv: 湖北省's 2024 growth, 7.7, at every period of the year; the city ranks
        // among Hubei's other twelve 市州 (peer_groups.csv), and among its four neighbours, all reported.
        assertTrue(text.contains("全省增长7.7%"), text);
        assertTrue(text.contains("增速在全省"), text);
        // 八's table: group, indicator, growth, rank, cities ranked (the city and its 4 neighbours; 13 市州).
        assertTrue(Pattern.compile("周边地市规模以上工业增加值-?\\d+\\.\\d(居|并列)第\\d位5").matcher(text).find(), text);
        assertTrue(Pattern.compile("全省规模以上工业增加值-?\\d+\\.\\d(居|并列)第\\d{1,2}位13").matcher(text).find(), text);
        CityProfile xuchang = CityProfile.load("xuchang");
        Stream.concat(Stream.of(xuchang.cityName().substring(0, 2)),
                xuchang.regions().stream().flatMap((Region r) -> Stream.of(r.name(), r.shortName())))
                .forEach(name -> assertFalse(text.contains(name), name + " printed in Suizhou's circular"));
    }

    private Run suizhou(String... command) {
        return CommandLineTest.imon(Stream.concat(Stream.of("--profile", "suizhou", "--home", home.toString()),
                Stream.of(command)).toArray(String[]::new));
    }

    private static void assertSucceeds(Run run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }
}
