package org.imon.etl.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.spark.Sparks;
import org.imon.etl.validate.RejectReason;
import org.imon.etl.validate.Rejection;
import org.imon.warehouse.profile.CityProfile;

/**
 * Loads hand-made landing files with real Spark: good rows arrive typed and exact, every bad row
 * and file is quarantined with its reason, and a rerun publishes the same table.
 */
class EnterpriseMonthlyLoadTest {
    private static final String HEADER = "统一社会信用代码,单位详细名称,行政区划代码,行业代码,工业总产值本月(万元),"
            + "工业总产值本年累计(万元),工业总产值上年同期(万元),营业收入本年累计(万元),营业收入上年同期(万元),"
            + "利润总额本年累计(万元),利润总额上年同期(万元)\n";

    static SparkSession spark;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        spark = Sparks.session("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void publishesGoodRowsAndQuarantinesEveryBadOne() throws Exception {
        Path landing = home.resolve("landing/enterprise_monthly");
        write(landing.resolve("2024-06/甲.csv"), "\uFEFF" + HEADER
                + "91411002MA00000012,许昌甲机械有限公司,411002,3411,21000,126000,105000,120000,100000,6000,5000\n"
                + "91411002MA00000013,坏码公司,411002,3411,1,1,1,1,1,1,1\n"
                + "91411081MA0000003M,郑州来的公司,410102,3821,1,1,1,1,1,1,1\n"
                + "91411081MA0000004Q,农场公司,411081,0111,1,1,1,1,1,1,1\n"
                + "91411000MA0000005H,乱填公司,411071,3435,1,1,1,\"12,3a4\",1,1,1\n"
                + "91411025MA0000007Y,负数公司,411025,3012,1,1,1,-5,1,1,1\n"
                + "91411024MA0000008K,鄢陵丁食品有限公司,411024,C1391,\"1,000.5\",\"5,000.25\",—,\"1,234.5\",,-30.5,—\n"
                + "91411023MA0000006Y,许昌县旧码公司,411023,3411,1,1,1,1,1,1,1\n", StandardCharsets.UTF_8);
        write(landing.resolve("2024-06/乙.csv"), HEADER
                + "91411081MA0000003M,禹州丙电气有限公司,411081,3821,63000,315000,262500,300000,250000,18000,15000\n",
                Charset.forName("GB18030"));
        write(landing.resolve("2024-01/只有一月.csv"), HEADER
                + "91411002MA00000012,许昌甲机械有限公司,411002,3411,1,1,1,1,1,1,1\n", StandardCharsets.UTF_8);
        write(landing.resolve("2024-05/缺列.csv"), HEADER.replace(",营业收入上年同期(万元)", "")
                + "91411002MA00000012,许昌甲机械有限公司,411002,3411,1,1,1,1,1,1\n", StandardCharsets.UTF_8);
        Files.write(landing.resolve("2024-05/乱码.csv"), new byte[] {'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0xFE});
        write(landing.resolve("2016-06/旧区划.csv"), HEADER
                + "91411023MA0000006Y,许昌县旧码公司,411023,3411,10,60,50,58,49,3,2\n", StandardCharsets.UTF_8);

        FeedLoadReport report = load();

        assertEquals(6, report.files());
        assertEquals(10, report.rowsRead(), "8 rows in 甲, 1 in 乙, 1 in 旧区划; rejected files are not read");
        assertEquals(4, report.rowsPublished());
        assertEquals(6, report.rowsRejected());
        assertEquals(3, report.filesRejected());
        Map<String, RejectReason> reasons = report.rejections().stream()
                .collect(Collectors.toMap(r -> r.file() + "#" + r.row() + "#" + r.column(), Rejection::reason));
        assertEquals(Map.of(
                "enterprise_monthly/2024-06/甲.csv#3#统一社会信用代码", RejectReason.BAD_CREDIT_CODE,
                "enterprise_monthly/2024-06/甲.csv#4#行政区划代码", RejectReason.UNKNOWN_REGION,
                "enterprise_monthly/2024-06/甲.csv#5#行业代码", RejectReason.UNKNOWN_INDUSTRY,
                "enterprise_monthly/2024-06/甲.csv#6#营业收入本年累计", RejectReason.NOT_A_NUMBER,
                "enterprise_monthly/2024-06/甲.csv#7#营业收入本年累计", RejectReason.NEGATIVE_AMOUNT,
                "enterprise_monthly/2024-06/甲.csv#9#行政区划代码", RejectReason.UNKNOWN_REGION,
                "enterprise_monthly/2024-01/只有一月.csv#0#", RejectReason.BAD_PERIOD,
                "enterprise_monthly/2024-05/缺列.csv#0#", RejectReason.MISSING_COLUMNS,
                "enterprise_monthly/2024-05/乱码.csv#0#", RejectReason.UNDECODABLE_FILE), reasons);
        Rejection missing = report.rejections().stream().filter(r -> r.reason() == RejectReason.MISSING_COLUMNS)
                .findFirst().orElseThrow();
        assertTrue(missing.message().contains("缺少 营业收入上年同期"), missing.message());
        Rejection undecodable = report.rejections().stream().filter(r -> r.reason() == RejectReason.UNDECODABLE_FILE)
                .findFirst().orElseThrow();
        assertTrue(undecodable.message().contains("第 4 字节"), undecodable.message());
        List<String> quarantine = Files.readAllLines(report.quarantineFile(), StandardCharsets.UTF_8);
        assertEquals("\uFEFF文件,行号,列,值,原因代码,原因", quarantine.get(0));
        assertEquals(1 + 9, quarantine.size());
        assertTrue(quarantine.contains("enterprise_monthly/2024-06/甲.csv,6,营业收入本年累计,\"12,3a4\",NOT_A_NUMBER,"
                + "不是有效数值：无法识别为数字"), String.join("\n", quarantine));

        Map<String, Row> published = publishedByCode();
        assertEquals(4, published.size());
        Row yanling = published.get("91411024MA0000008K");
        assertEquals(new BigDecimal("1234.5000"), yanling.getAs("revenue_ytd"));
        assertEquals(new BigDecimal("5000.2500"), yanling.getAs("output_ytd"));
        assertEquals(new BigDecimal("-30.5000"), yanling.getAs("profit_ytd"));
        assertNull(yanling.getAs("revenue_ly"));
        assertEquals("1391", yanling.getAs("industry_code"));
        assertEquals(2024, (int) yanling.getAs("year"));
        assertEquals(6, (int) yanling.getAs("period"));
        assertEquals("enterprise_monthly/2024-06/甲.csv", yanling.getAs("source_file"));
        assertEquals(8, (int) yanling.getAs("source_row"));
        assertEquals(new BigDecimal("300000.0000"), published.get("91411081MA0000003M").getAs("revenue_ytd"));
        assertEquals("411023", published.get("91411023MA0000006Y").getAs("region_code"));

        List<Row> first = spark.read().parquet(home.resolve("published/fact_enterprise_period").toString())
                .orderBy("credit_code").collectAsList();
        load();
        List<Row> second = spark.read().parquet(home.resolve("published/fact_enterprise_period").toString())
                .orderBy("credit_code").collectAsList();
        assertEquals(first, second, "loading the same files again publishes the same table");
    }

    @Test
    void writesTheRegionDimensionWithTodaysCodes() throws Exception {
        RegionDimension.write(spark, CityProfile.defaultProfile(), home.resolve("published"));
        Map<String, String> current = spark.read().parquet(home.resolve("published/dim_region").toString())
                .collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("region_code"), r -> r.getAs("current_code")));
        assertEquals("411003", current.get("411023"), "许昌县 reports under 建安区 today");
        assertEquals("411003", current.get("411003"));
        assertEquals(10, current.size(), "6 counties and districts, 3 management zones and the retired 许昌县");
    }

    private FeedLoadReport load() throws Exception {
        List<FeedLoadReport> reports = LandingLoad.run(spark, CityProfile.defaultProfile(), home.resolve("landing"),
                home.resolve("published"), home.resolve("quarantine/test-load"));
        return reports.get(0);
    }

    private Map<String, Row> publishedByCode() {
        return spark.read().parquet(home.resolve("published/fact_enterprise_period").toString()).collectAsList()
                .stream().collect(Collectors.toMap(r -> r.getAs("credit_code"), r -> r));
    }

    private static void write(Path file, String text, Charset charset) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(charset));
    }
}
