package org.imon.etl.load;

import static org.imon.etl.load.LandingLoadTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.validate.RejectReason;
import org.imon.etl.validate.Rejection;
import org.imon.warehouse.Resources;

/**
 * The benchmark feed as analysts fill it: the portal's real export with the float noise its numbers
 * carry, a by-industry file in the long format, a name of an old edition of GB/T 4754, and the same
 * figure in two files of one folder.
 */
class BenchmarkFeedTest {
    private static final String LONG_HEADER = "期别,地区,行业,指标,单位,本期累计,上年同期可比,公布增速\n";

    @TempDir
    Path home;

    @Test
    void aRealPortalExportAndIndustryFilesLoadAndWhatCannotBeResolvedIsSetAside() throws Exception {
        Path folder = home.resolve("landing/benchmarks/2024");
        // The real export, with 北京市 2024 as the portal's float arithmetic sometimes writes it.
        String export = Resources.text("reference/nbs_fsnd_export_地区生产总值_2006_2024.csv")
                .replace("北京市,49670.2,", "北京市,49670.199999999997,");
        write(folder.resolve("国家数据_地区生产总值.csv"), export, StandardCharsets.UTF_8);
        write(folder.resolve("a_全国分行业.csv"), LONG_HEADER
                + "2024-06,全国,,营业收入,亿元,500000,480000,4.17\n"
                + "2024-06,全国,汽车制造业,营业收入,亿元,45000,42000,7.14\n"
                + "2024-06,全国,石油加工、炼焦和核燃料加工业,营业收入,亿元,1380.79999999999,1300,6.22\n"
                + "2024-06,全国,交通运输设备制造业,营业收入,亿元,60000,57000,5.26\n", StandardCharsets.UTF_8);
        // The same 汽车制造业 figure again, in a file whose name sorts after a_…: a_… wins.
        write(folder.resolve("b_补充.csv"), LONG_HEADER
                + "2024-06,全国,汽车制造业,营业收入,亿元,45100,42000,7.38\n", StandardCharsets.UTF_8);

        LandingLoad.Result result = LoadHomes.load(home, "benchmarks");

        FeedLoadReport report = result.feed("benchmarks");
        Map<RejectReason, List<Rejection>> rejected = report.rejections().stream()
                .collect(Collectors.groupingBy(Rejection::reason));
        assertEquals(Map.of(RejectReason.UNKNOWN_INDUSTRY_NAME, 1, RejectReason.DUPLICATE_ROW, 1),
                rejected.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size())),
                report.rejections().toString());
        Rejection oldName = rejected.get(RejectReason.UNKNOWN_INDUSTRY_NAME).get(0);
        assertEquals("benchmarks/2024/a_全国分行业.csv", oldName.file());
        assertEquals(5, oldName.row());
        assertEquals("行业", oldName.column());
        assertEquals("交通运输设备制造业", oldName.value());
        Rejection duplicate = rejected.get(RejectReason.DUPLICATE_ROW).get(0);
        assertEquals("benchmarks/2024/b_补充.csv", duplicate.file(), "the later file name is set aside");
        assertTrue(duplicate.message().contains("benchmarks/2024/a_全国分行业.csv 第 3 行"), duplicate.message());

        List<Row> facts = LoadHomes.published(result, "fact_benchmark")
                .collectAsList();
        assertEquals(31 * 19 + 3, facts.size(), "the whole export, and three of the four long rows");
        Row beijing = facts.stream().filter(r -> "北京市".equals(r.getAs("area")) && "2024".equals(r.getAs("period_label")))
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("49670.2").compareTo(beijing.getAs("value_ytd")), "float noise rounded back");
        Map<String, Row> byIndustry = facts.stream().filter(r -> r.getAs("industry") != null)
                .collect(Collectors.toMap(r -> r.getAs("industry"), r -> r));
        Row cars = byIndustry.get("汽车制造业");
        assertEquals("36", cars.getAs("industry_code"));
        assertEquals(0, new BigDecimal("7.14").compareTo(cars.getAs("published_growth_pct")), "a_… won");
        Row fuel = byIndustry.get("石油加工、炼焦和核燃料加工业");
        assertEquals("25", fuel.getAs("industry_code"), "the GB/T 4754-2011 name of C25");
        assertEquals(0, new BigDecimal("1380.8").compareTo(fuel.getAs("value_ytd")));
        Row total = facts.stream().filter(r -> "全国".equals(r.getAs("area")) && r.getAs("industry") == null)
                .findFirst().orElseThrow();
        assertNull(total.getAs("industry_code"));
    }
}
