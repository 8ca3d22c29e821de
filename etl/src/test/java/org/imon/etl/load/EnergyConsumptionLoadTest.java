package org.imon.etl.load;

import static org.imon.etl.load.LandingLoadTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.validate.RejectReason;

/**
 * The statistics bureau's 规模以上工业综合能源消费量 release as it is sent (GB18030, a title row, "%"
 * after some figures, a level for some regions only): three good rows and one bad row per check, each
 * set aside with its file, row, column and reason.
 */
@Tag("slow")
class EnergyConsumptionLoadTest {
    private static final String FILE = "energy_consumption/2024-06/2024年1-6月分地区规模以上工业综合能源消费量.csv";

    @TempDir
    Path home;

    @Test
    void everyBadRowIsQuarantinedWithItsReasonAndTheGoodOnesLoad() throws Exception {
        write(home.resolve("landing/" + FILE), "2024年1-6月分地区规模以上工业综合能源消费量\n"
                + "地区代码,地区名称,综合能源消费量增长(%),综合能源消费量(万吨标准煤)\n"
                // line 3 to 5: good (禹州市 publishes no level)
                + "411002,魏都区,-1.5%,80.25\n"
                + "411081,禹州市,2.0,\n"
                + "411000,全市,0.8,\"1,250.50\"\n"
                // line 6 to 9: one problem each
                + "410102,中原区,1.0,10.00\n"
                + "411082,长葛市,—,30.00\n"
                + "411024,鄢陵县,约3,20.00\n"
                + "411025,襄城县,1.0,-20.00\n",
                Charset.forName("GB18030"));

        LandingLoad.Result result = LoadHomes.load(home, "energy");

        FeedLoadReport report = result.feed("energy_consumption");
        assertEquals(7, report.rowsRead());
        assertEquals(3, report.rowsPublished());
        Map<Long, List<Object>> rejected = LoadHomes.rejectionsByRow(report);
        assertEquals(Map.of(
                6L, List.of(FILE, "地区代码", RejectReason.UNKNOWN_REGION),
                7L, List.of(FILE, "综合能源消费量增长", RejectReason.MISSING_VALUE),
                8L, List.of(FILE, "综合能源消费量增长", RejectReason.NOT_A_NUMBER),
                9L, List.of(FILE, "综合能源消费量", RejectReason.NEGATIVE_AMOUNT)), rejected);

        List<Row> published = LoadHomes.published(result, "fact_energy_consumption")
                .orderBy("region_code").collectAsList();
        assertEquals(List.of(
                Arrays.asList("411000", bd("0.8000"), bd("1250.5000")),
                Arrays.asList("411002", bd("-1.5000"), bd("80.2500")),
                Arrays.asList("411081", bd("2.0000"), null)),
                published.stream().map(r -> Arrays.asList(r.getAs("region_code"), r.getAs("energy_growth_pct"),
                        r.getAs("energy_wan_tce"))).toList());
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
