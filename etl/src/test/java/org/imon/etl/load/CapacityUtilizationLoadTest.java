package org.imon.etl.load;

import static org.imon.etl.load.LandingLoadTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.validate.RejectReason;
import org.imon.etl.validate.Rejection;

/**
 * The statistics bureau's quarterly 产能利用率 survey as it is sent (GB18030, a title row, "%" after some
 * figures, divisions with or without their section letter): four good rows (the city as a whole, a
 * division, a section without 上年同期, a region's division) and one bad row per check, each set aside
 * with its file, row, column and reason; and a quarter filed under its last month, refused whole with
 * the folder it belongs in.
 */
@Tag("slow")
class CapacityUtilizationLoadTest {
    private static final String FILE = "capacity_utilization/2024-Q1/2024年一季度工业产能利用率.csv";
    private static final String MONTH_FOLDER = "capacity_utilization/2024-06/2024年二季度工业产能利用率.csv";

    @TempDir
    Path home;

    @Test
    void everyBadRowIsQuarantinedWithItsReasonAndTheGoodOnesLoadAsTheQuartersLastMonth() throws Exception {
        String header = "地区代码,地区名称,行业代码,行业名称,产能利用率(%),上年同期产能利用率(%)\n";
        write(home.resolve("landing/" + FILE), "2024年一季度分行业工业产能利用率\n" + header
                // line 3 to 6: good
                + "411000,全市,,全部工业,76.3%,75.1\n"
                + "411000,全市,C36,汽车制造业,70.5,72.0%\n"
                + "411000,全市,B,采矿业,68.2,\n"
                + "411081,禹州市,30,非金属矿物制品业,80.0,79.5\n"
                // line 7 to 12: one problem each
                + "411000,全市,3630,改装汽车制造,70.0,70.0\n"
                + "411000,全市,01,农业,70.0,70.0\n"
                + "411000,全市,38,电气机械和器材制造业,108.0,80.0\n"
                + "410102,中原区,,全部工业,70.0,70.0\n"
                + "411000,全市,34,通用设备制造业,—,70.0\n"
                + "411000,全市,36,汽车制造业,71.0,72.0\n",
                Charset.forName("GB18030"));
        write(home.resolve("landing/" + MONTH_FOLDER), header + "411000,全市,,全部工业,77.0,76.0\n",
                Charset.forName("GB18030"));

        LandingLoad.Result result = LoadHomes.load(home, "capacity");

        FeedLoadReport report = result.feed("capacity_utilization");
        assertEquals(10, report.rowsRead());
        assertEquals(4, report.rowsPublished());
        Map<String, List<Object>> rejected = report.rejections().stream().collect(Collectors.toMap(
                r -> r.file() + "#" + r.row(), r -> List.of(r.column(), r.reason())));
        assertEquals(Map.of(
                FILE + "#7", List.of("行业代码", RejectReason.UNKNOWN_INDUSTRY_DIVISION),
                FILE + "#8", List.of("行业代码", RejectReason.UNKNOWN_INDUSTRY_DIVISION),
                FILE + "#9", List.of("产能利用率", RejectReason.SHARE_OUT_OF_RANGE),
                FILE + "#10", List.of("地区代码", RejectReason.UNKNOWN_REGION),
                FILE + "#11", List.of("产能利用率", RejectReason.MISSING_VALUE),
                FILE + "#12", List.of("地区代码、行业代码", RejectReason.DUPLICATE_ROW),
                MONTH_FOLDER + "#0", List.of("", RejectReason.BAD_PERIOD)), rejected);
        assertEquals("目录名不是本数据项的报告期：季度数据按季度存放：6月为第2季度末，应放在 2024-Q2 目录，实际为 2024-06",
                report.rejections().stream().filter(r -> r.reason() == RejectReason.BAD_PERIOD).findFirst().orElseThrow()
                        .message());

        List<Row> published = LoadHomes.published(result, "fact_capacity_utilization")
                .orderBy("region_code", "industry_code").collectAsList();
        assertEquals(List.of(
                Arrays.asList(2024, 3, "411000", null, bd("76.3000"), bd("75.1000")),
                Arrays.asList(2024, 3, "411000", "36", bd("70.5000"), bd("72.0000")),
                Arrays.asList(2024, 3, "411000", "B", bd("68.2000"), null),
                Arrays.asList(2024, 3, "411081", "30", bd("80.0000"), bd("79.5000"))),
                published.stream().map(r -> Arrays.asList(r.getAs("year"), r.getAs("period"), r.getAs("region_code"),
                        r.getAs("industry_code"), r.getAs("utilization_pct"), r.getAs("utilization_ly_pct"))).toList());
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
