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
 * The statistics bureau's 固定资产投资 release as it is sent (GB18030, a title row, "%" after some
 * figures): three good rows (a share with levels, levels without a share, the city with a share and no
 * levels) and one bad row per check, each set aside with its file, row, column and reason.
 */
@Tag("slow")
class FixedAssetInvestmentLoadTest {
    private static final String FILE = "fixed_asset_investment/2024-06/2024年1-6月分地区固定资产投资.csv";

    @TempDir
    Path home;

    @Test
    void everyBadRowIsQuarantinedWithItsReasonAndTheGoodOnesLoad() throws Exception {
        write(home.resolve("landing/" + FILE), "2024年1-6月分地区固定资产投资\n"
                + "地区代码,地区名称,固定资产投资增长(%),工业投资增长(%),工业投资占固定资产投资比重(%),"
                + "技术改造投资增长(%),固定资产投资(亿元),工业投资(亿元)\n"
                // line 3 to 5: good
                + "411002,魏都区,5.5%,9.0,30.0%,12.5,100.00,30.00\n"
                + "411081,禹州市,7.0,13.0,,-2.0,80,41\n"
                + "411000,全市,6.2,11.0,39.0,14.05,,\n"
                // line 6 to 11: one problem each
                + "410102,中原区,6.0,8.0,35.0,10.0,,\n"
                + "411082,长葛市,6.5,11.5,120.0,10.0,,\n"
                + "411024,鄢陵县,6.0,8.0,,10.0,,\n"
                + "411025,襄城县,6.0,8.0,,10.0,50.00,60.00\n"
                + "411003,建安区,6.0,8.0,,10.0,,20.00\n"
                + "411081,禹州市,—,8.0,40.0,10.0,,\n",
                Charset.forName("GB18030"));

        LandingLoad.Result result = LoadHomes.load(home, "investment");

        FeedLoadReport report = result.feed("fixed_asset_investment");
        assertEquals(9, report.rowsRead());
        assertEquals(3, report.rowsPublished());
        Map<Long, List<Object>> rejected = LoadHomes.rejectionsByRow(report);
        assertEquals(Map.of(
                6L, List.of(FILE, "地区代码", RejectReason.UNKNOWN_REGION),
                7L, List.of(FILE, "工业投资占固定资产投资比重", RejectReason.SHARE_OUT_OF_RANGE),
                8L, List.of(FILE, "工业投资占固定资产投资比重", RejectReason.MISSING_WITHOUT_OTHER),
                9L, List.of(FILE, "工业投资", RejectReason.PART_EXCEEDS_WHOLE),
                10L, List.of(FILE, "固定资产投资", RejectReason.MISSING_WITH_OTHER),
                11L, List.of(FILE, "固定资产投资增长", RejectReason.MISSING_VALUE)), rejected);
        assertEquals("未填写另一项时此项必须填写：未填写工业投资，应填写工业投资占固定资产投资比重", LoadHomes.rejectionMessage(report, 8));
        assertEquals("分项大于总量：工业投资 60 大于固定资产投资 50", LoadHomes.rejectionMessage(report, 9));
        assertEquals("填写另一项时此项必须填写：已填写工业投资，应填写固定资产投资", LoadHomes.rejectionMessage(report, 10));

        List<Row> published = LoadHomes.published(result, "fact_fixed_asset_investment")
                .orderBy("region_code").collectAsList();
        assertEquals(List.of(
                Arrays.asList("411000", bd("11.0000"), bd("39.0000"), null, null),
                Arrays.asList("411002", bd("9.0000"), bd("30.0000"), bd("100.0000"), bd("30.0000")),
                Arrays.asList("411081", bd("13.0000"), null, bd("80.0000"), bd("41.0000"))),
                published.stream().map(r -> Arrays.asList(r.getAs("region_code"), r.getAs("industrial_growth_pct"),
                        r.getAs("industrial_share_pct"), r.getAs("fai_yi"), r.getAs("industrial_investment_yi"))).toList());
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

}
