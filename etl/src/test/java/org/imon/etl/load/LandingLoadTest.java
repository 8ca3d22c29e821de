package org.imon.etl.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.snapshot.Snapshot;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.etl.SparkTests;
import org.imon.etl.validate.RejectReason;
import org.imon.etl.validate.Rejection;

/**
 * Loads hand-made landing files with real Spark: every rule's rejection, corrections and their
 * history, the dimensions, incremental and atomic snapshots, crashes at every stage, and the ledger.
 */
@Tag("slow")
class LandingLoadTest {
    static final String HEADER = "统一社会信用代码,单位详细名称,行政区划代码,行业代码,工业总产值本月(万元),"
            + "工业总产值本年累计(万元),工业总产值上年同期(万元),营业收入本年累计(万元),营业收入上年同期(万元),"
            + "利润总额本年累计(万元),利润总额上年同期(万元)\n";
    static final String E1 = "91411002MA00000012";
    static final String E2 = "91411081MA0000003M";
    static final String E3 = "91411024MA0000008K";

    static SparkSession spark;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        spark = SparkTests.session();
    }

    @Test
    void publishesGoodRowsAndQuarantinesEveryBadOneWithItsReason() throws Exception {
        Path landing = home.resolve("landing/enterprise_monthly");
        write(landing.resolve("2024-06/甲.csv"), "\uFEFF" + "2024年1-6月规模以上工业企业主要指标\n" + HEADER
                + E1 + ",许昌甲机械有限公司,411002,3411,21000,126000,105000,120000,100000,6000,5000\n"
                + "91411002MA00000013,坏码公司,411002,3411,1,1,1,1,1,1,1\n"
                + E2 + ",郑州来的公司,410102,3821,1,1,1,1,1,1,1\n"
                + "91411081MA0000004Q,农场公司,411081,0111,1,1,1,1,1,1,1\n"
                + "91411000MA0000005H,乱填公司,411071,3435,1,1,1,\"12,3a4\",1,1,1\n"
                + "91411025MA0000007Y,负数公司,411025,3012,1,1,1,-5,1,1,1\n"
                + E3 + ",鄢陵丁食品有限公司,411024,C1391,\"1,000.5\",\"5,000.25\",—,\"1,234.5\",,-30.5,—\n"
                + "91411023MA0000006Y,许昌县旧码公司,411023,3411,1,1,1,1,1,1,1\n"
                + "91411024MA0000009N,,411024,1391,1,1,1,1,1,1,1\n", StandardCharsets.UTF_8);
        write(landing.resolve("2024-06/乙.csv"), HEADER
                + E2 + ",禹州丙电气有限公司,411081,3821,63000,315000,262500,300000,250000,18000,15000\n",
                Charset.forName("GB18030"));
        write(landing.resolve("2024-01/只有一月.csv"), HEADER + E1 + ",许昌甲机械有限公司,411002,3411,1,1,1,1,1,1,1\n",
                StandardCharsets.UTF_8);
        write(landing.resolve("2024-05/缺列.csv"), HEADER.replace(",营业收入上年同期(万元)", "")
                + E1 + ",许昌甲机械有限公司,411002,3411,1,1,1,1,1,1\n", StandardCharsets.UTF_8);
        Files.write(landing.resolve("2024-05/乱码.csv"), new byte[] {'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0xFE});
        write(landing.resolve("2016-06/旧区划.csv"), HEADER
                + "91411023MA0000006Y,许昌县旧码公司,411023,3411,10,60,50,58,49,3,2\n", StandardCharsets.UTF_8);

        LandingLoad.Result result = load("first");
        FeedLoadReport report = result.feed("enterprise_monthly");

        assertEquals(6, report.files());
        assertEquals(11, report.rowsRead(), "9 rows in 甲, 1 in 乙, 1 in 旧区划; rejected files are not read");
        assertEquals(4, report.rowsPublished());
        assertEquals(7, report.rowsRejected());
        assertEquals(3, report.filesRejected());
        Map<String, RejectReason> reasons = report.rejections().stream()
                .collect(Collectors.toMap(r -> r.file() + "#" + r.row() + "#" + r.column(), Rejection::reason));
        assertEquals(Map.of(
                "enterprise_monthly/2024-06/甲.csv#4#统一社会信用代码", RejectReason.BAD_CREDIT_CODE,
                "enterprise_monthly/2024-06/甲.csv#5#行政区划代码", RejectReason.UNKNOWN_REGION,
                "enterprise_monthly/2024-06/甲.csv#6#行业代码", RejectReason.UNKNOWN_INDUSTRY,
                "enterprise_monthly/2024-06/甲.csv#7#营业收入本年累计", RejectReason.NOT_A_NUMBER,
                "enterprise_monthly/2024-06/甲.csv#8#营业收入本年累计", RejectReason.NEGATIVE_AMOUNT,
                "enterprise_monthly/2024-06/甲.csv#10#行政区划代码", RejectReason.UNKNOWN_REGION,
                "enterprise_monthly/2024-06/甲.csv#11#单位详细名称", RejectReason.MISSING_VALUE,
                "enterprise_monthly/2024-01/只有一月.csv#0#", RejectReason.BAD_PERIOD,
                "enterprise_monthly/2024-05/缺列.csv#0#", RejectReason.MISSING_COLUMNS,
                "enterprise_monthly/2024-05/乱码.csv#0#", RejectReason.UNDECODABLE_FILE), reasons);
        String missing = message(report, RejectReason.MISSING_COLUMNS);
        assertTrue(missing.contains("缺少 营业收入上年同期") && missing.contains("实际为 统一社会信用代码"), missing);
        assertTrue(message(report, RejectReason.UNDECODABLE_FILE).contains("第 5 字节"), "0xFF is the fifth byte");
        List<String> quarantine = Files.readAllLines(report.quarantineFile(), StandardCharsets.UTF_8);
        assertEquals("\uFEFF文件,行号,列,值,原因代码,原因", quarantine.get(0));
        assertEquals(1 + 10, quarantine.size());
        assertTrue(quarantine.contains("enterprise_monthly/2024-06/甲.csv,7,营业收入本年累计,\"12,3a4\",NOT_A_NUMBER,"
                + "不是有效数值：无法识别为数字"), String.join("\n", quarantine));

        Map<String, Row> published = table(result, "fact_enterprise_period").stream()
                .collect(Collectors.toMap(r -> r.getAs("credit_code"), r -> r));
        assertEquals(4, published.size());
        Row yanling = published.get(E3);
        assertEquals(new BigDecimal("1234.5000"), yanling.getAs("revenue_ytd"));
        assertEquals(new BigDecimal("5000.2500"), yanling.getAs("output_ytd"));
        assertEquals(new BigDecimal("-30.5000"), yanling.getAs("profit_ytd"));
        assertNull(yanling.getAs("revenue_ly"));
        assertEquals("1391", yanling.getAs("industry_code"));
        assertEquals("enterprise_monthly/2024-06/甲.csv", yanling.getAs("source_file"));
        assertEquals(9, (int) yanling.getAs("source_row"), "line 9: the title row and the header come first");
        assertEquals(new BigDecimal("300000.0000"), published.get(E2).getAs("revenue_ytd"));
        assertEquals("411023", published.get("91411023MA0000006Y").getAs("region_code"));

        List<Row> staged = spark.read().parquet(home.resolve("staging/first/enterprise_monthly").toString())
                .filter("credit_code = '" + E3 + "'").collectAsList();
        assertEquals(64, ((String) staged.get(0).getAs("source_sha256")).length(), "staging keeps the file's SHA-256");
        assertEquals("first", staged.get(0).getAs("load_id"));
    }

    @Test
    void aCorrectionWinsAndTheRowItReplacesIsKeptInHistory() throws Exception {
        Path folder = home.resolve("landing/enterprise_monthly/2024-06");
        write(folder.resolve("月报.csv"), HEADER + E1 + ",许昌甲机械有限公司,411002,3411,21000,126000,105000,150000,100000,6000,5000\n"
                + E2 + ",禹州丙电气有限公司,411081,3821,63000,315000,262500,300000,250000,18000,15000\n"
                + E2 + ",禹州丙电气有限公司,411081,3821,63000,315000,262500,300000,250000,18000,15000\n",
                StandardCharsets.UTF_8);
        write(folder.resolve("月报_更正1.csv"), HEADER + E1 + ",许昌甲机械有限公司,411002,3411,21000,126000,105000,120000,100000,6000,5000\n",
                StandardCharsets.UTF_8);
        LandingLoad.Result result = load("corrected");
        FeedLoadReport report = result.feed("enterprise_monthly");
        assertEquals(4, report.rowsRead());
        assertEquals(2, report.rowsPublished());
        assertEquals(1, report.rowsSuperseded());
        assertEquals(1, report.rowsRejected(), "the second 丙 row in the same version is a duplicate");
        assertEquals(RejectReason.DUPLICATE_ROW, report.rejections().get(0).reason());
        assertEquals(4, report.rejections().get(0).row());

        Row e1 = table(result, "fact_enterprise_period").stream().filter(r -> r.getAs("credit_code").equals(E1))
                .findFirst().orElseThrow();
        assertEquals(new BigDecimal("120000.0000"), e1.getAs("revenue_ytd"));
        assertEquals("enterprise_monthly/2024-06/月报_更正1.csv", e1.getAs("source_file"));
        List<Row> history = table(result, "fact_restatement");
        assertEquals(1, history.size());
        Row replaced = history.get(0);
        assertEquals("enterprise_monthly", replaced.getAs("feed"));
        assertEquals(E1, replaced.getAs("record_key"));
        assertEquals("enterprise_monthly/2024-06/月报.csv", replaced.getAs("source_file"));
        assertEquals("enterprise_monthly/2024-06/月报_更正1.csv", replaced.getAs("replaced_by_file"));
        assertTrue(((String) replaced.getAs("row_values")).contains("\"revenue_ytd\":150000.0000"),
                (String) replaced.getAs("row_values"));
    }

    @Test
    void aYearToDateFigureBelowThePreviousPeriodIsSetAsideEvenAcrossLoads() throws Exception {
        Path feed = home.resolve("landing/enterprise_monthly");
        write(feed.resolve("2024-05/月报.csv"), HEADER + E1 + ",许昌甲机械有限公司,411002,3411,1,100,90,100,90,5,4\n",
                StandardCharsets.UTF_8);
        load("may");
        write(feed.resolve("2024-06/月报.csv"), HEADER + E1 + ",许昌甲机械有限公司,411002,3411,1,120,95,99,95,5,4\n",
                StandardCharsets.UTF_8);
        FeedLoadReport june = load("june").feed("enterprise_monthly");
        assertEquals(1, june.filesRead(), "only the new period is read");
        assertEquals(0, june.rowsPublished());
        assertEquals(RejectReason.YTD_DECREASED, june.rejections().get(0).reason());
    }

    @Test
    void theOtherFeedsAndTheDimensions() throws Exception {
        Path landing = home.resolve("landing");
        write(landing.resolve("enterprise_monthly/2024-05/月报.csv"), HEADER
                + E2 + ",禹州丙电气有限公司,411081,3821,1,100,90,100,90,5,4\n", StandardCharsets.UTF_8);
        write(landing.resolve("enterprise_monthly/2024-06/月报.csv"), HEADER
                + E2 + ",禹州丙电气股份有限公司,411081,3821,1,120,95,120,95,5,4\n"
                + E3 + ",鄢陵丁发制品有限公司,411024,2439,1,50,40,50,40,2,1\n", StandardCharsets.UTF_8);
        write(landing.resolve("region_indicators/2024-06/增速.csv"),
                "行政区划代码,地区名称,规模以上工业增加值增速\n411081,禹州市,8.5%\n411000,全市,7.2\n", StandardCharsets.UTF_8);
        write(landing.resolve("electricity/2024-06/用电.csv"), "行政区划代码,地区名称,工业用电量本月(万千瓦时),"
                + "工业用电量本年累计(万千瓦时),工业用电量上年同期累计(万千瓦时)\n411081,禹州市,10.5,60.5,55\n", StandardCharsets.UTF_8);
        write(landing.resolve("vat/2024-06/税收.csv"), "行政区划代码,工业增值税本月,工业增值税本年累计,工业增值税上年同期累计\n"
                + "411081,3,18,16\n", StandardCharsets.UTF_8);
        write(landing.resolve("key_lists/2024/名单.csv"), "名单代码,名单名称,统一社会信用代码,企业名称,序号\n"
                + "cluster_hair_products,发制品产业集群企业名单," + E3 + ",鄢陵丁发制品有限公司,1\n"
                + "cluster_power_equipment,电力装备产业集群企业名单," + E2 + ",禹州丙电气股份有限公司,1\n", StandardCharsets.UTF_8);
        write(landing.resolve("targets/2024/目标.csv"), "目标编号,目标名称,对象类型,对象代码,指标,口径,单位,全年目标,上半年目标,"
                + "一季度,二季度,三季度,四季度\nXM01,重点工业项目完成投资,projects,key_projects,investment,level,亿元,300,390,45,75,90,90\n",
                StandardCharsets.UTF_8);
        write(landing.resolve("projects/2024-06/台账.csv"), "项目编号,项目名称,行政区划代码,行业代码,所属产业集群,总投资,"
                + "年度计划投资,本月完成投资,本年累计完成投资,自开工累计完成投资,项目状态,计划开工时间,计划投产时间,投产新增产值本年累计\n"
                + "XM2024001,禹州丙电气扩能项目,411081,3821,电力装备,50000,20000,1500,9000,12000,开工,2024-02,2025-06,\n"
                + "XM2024002,坏状态项目,411081,3821,,50000,20000,1500,9000,12000,完工,2024-02,2025-06,\n",
                StandardCharsets.UTF_8);
        LandingLoad.Result result = load("all");
        assertEquals(RejectReason.BAD_VALUE, result.feed("projects").rejections().get(0).reason());

        Row yuzhou = table(result, "fact_region_period").stream()
                .filter(r -> r.getAs("region_code").equals("411081")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("8.50"), yuzhou.getAs("va_growth_pct"));
        assertEquals(new BigDecimal("60.5000"), yuzhou.getAs("electricity_ytd"));
        assertEquals(new BigDecimal("18.0000"), yuzhou.getAs("vat_ytd"));
        assertEquals(2, table(result, "fact_region_period").size(), "禹州市 and the city row");
        Row target = table(result, "fact_target").get(0);
        assertEquals(new BigDecimal("390.0000"), target.getAs("h1_value"));
        assertEquals(new BigDecimal("75.0000"), target.getAs("q2_value"));
        assertEquals(1, table(result, "fact_project_period").size());

        List<Row> versions = table(result, "dim_enterprise").stream().filter(r -> r.getAs("credit_code").equals(E2))
                .sorted((a, b) -> Integer.compare(a.getAs("valid_from_period"), b.getAs("valid_from_period"))).toList();
        assertEquals(2, versions.size(), "the name changed in 1-6月: a new version");
        assertEquals("禹州丙电气有限公司", versions.get(0).getAs("enterprise_name"));
        assertEquals(5, (int) versions.get(0).getAs("valid_to_period"));
        assertEquals(false, versions.get(0).getAs("is_current"));
        assertEquals(true, versions.get(1).getAs("is_current"));

        Map<String, String> membership = table(result, "bridge_enterprise_cluster").stream()
                .collect(Collectors.toMap(r -> r.getAs("cluster_code") + "/" + r.getAs("credit_code"), r -> r.getAs("membership")));
        assertEquals("rule+list", membership.get("power_equipment/" + E2));
        assertEquals("rule", membership.get("equipment/" + E2), "3821 is also 装备制造: clusters overlap");
        assertEquals("list", membership.get("hair_products/" + E3));
        assertEquals(10, table(result, "dim_region").size());
        assertEquals(12, table(result, "dim_period").size());
        assertTrue(table(result, "dim_industry").size() > 1_900, "every level of GB/T 4754-2017");
        assertEquals(11, table(result, "dim_cluster").size());
    }

    @Test
    void reloadingTheSameFilesGivesTheSameTables() throws Exception {
        writeTwoPeriods(home);
        LandingLoad.Result first = load("one");
        LandingLoad.Result again = load("two");
        assertEquals("unchanged", again.status());
        assertEquals(first.snapshot().id(), again.snapshot().id());

        Path other = home.resolve("elsewhere");
        writeTwoPeriods(other);
        LandingLoad.Result fresh = LoadHomes.load(other, "three");
        for (String t : List.of("fact_enterprise_period", "dim_enterprise", "bridge_enterprise_cluster")) {
            assertEquals(sorted(table(first, t)), sorted(table(fresh, t)), t);
        }
    }

    @Test
    void aNewPeriodRewritesOnlyItsOwnPartitions() throws Exception {
        writeTwoPeriods(home);
        Snapshot before = load("before").snapshot();
        write(home.resolve("landing/enterprise_monthly/2024-07/月报.csv"), HEADER
                + E1 + ",许昌甲机械有限公司,411002,3411,1,140,110,140,110,7,5\n", StandardCharsets.UTF_8);
        LandingLoad.Result after = load("after");
        assertEquals(1, after.feed("enterprise_monthly").filesRead());
        for (String period : List.of("period=5", "period=6")) {
            Path old = only(before.dir().resolve("fact_enterprise_period/year=2024/" + period));
            Path now = only(after.snapshot().dir().resolve("fact_enterprise_period/year=2024/" + period));
            assertEquals(Files.readAttributes(old, BasicFileAttributes.class).fileKey(),
                    Files.readAttributes(now, BasicFileAttributes.class).fileKey(), period + " is the same file, not rewritten");
        }
        assertEquals(3, table(after, "fact_enterprise_period").size());
    }

    @Test
    void aCrashAtAnyStageLeavesThePreviousSnapshotCurrentAndIntact() throws Exception {
        writeTwoPeriods(home);
        LandingLoad.Result good = load("good");
        List<Row> before = sorted(table(good, "fact_enterprise_period"));
        write(home.resolve("landing/enterprise_monthly/2024-07/月报.csv"), HEADER
                + E1 + ",许昌甲机械有限公司,411002,3411,1,140,110,140,110,7,5\n", StandardCharsets.UTF_8);
        SnapshotStore store = new SnapshotStore(home.resolve("snapshots"));
        Map<String, String> expectedLedger = new LinkedHashMap<>(Map.of("good", "published"));
        // One crash after another on the same home: each load starts from what the previous one left.
        for (LandingLoad.Stage crashAt : EnumSet.complementOf(EnumSet.of(LandingLoad.Stage.AFTER_SWITCH))) {
            String loadId = "crashed-" + crashAt;
            IOException crash = assertThrows(IOException.class, () -> LoadHomes.load(home, loadId, 5, stage -> {
                        if (stage == crashAt) {
                            throw new IOException("simulated crash at " + stage);
                        }
                    }));
            assertTrue(crash.getMessage().contains(crashAt.name()));
            assertEquals("good", store.current().orElseThrow().id(), crashAt.name());
            assertEquals(before, sorted(table(good, "fact_enterprise_period")), crashAt.name());
            assertEquals(List.of("good"), store.list().stream().map(Snapshot::id).toList(), crashAt.name());
            expectedLedger.put(loadId, "failed");
        }

        LandingLoad.Result recovered = load("recovered");
        assertEquals("published", recovered.status());
        assertEquals(3, table(recovered, "fact_enterprise_period").size());
        expectedLedger.put("recovered", "published");
        List<Row> ledger = spark.read().option("recursiveFileLookup", "true").parquet(home.resolve("ledger/etl_load").toString()).collectAsList();
        assertEquals(expectedLedger, ledger.stream()
                .collect(Collectors.toMap(r -> r.getAs("load_id"), r -> r.getAs("status"))));
    }

    @Test
    void oldSnapshotsArePrunedAndAnyKeptOneCanBeMadeCurrentAgain() throws Exception {
        writeTwoPeriods(home);
        load("s1");
        for (int month = 7; month <= 9; month++) {
            write(home.resolve("landing/enterprise_monthly/2024-0" + month + "/月报.csv"), HEADER
                    + E1 + ",许昌甲机械有限公司,411002,3411,1," + (month * 20) + ",110," + (month * 20) + ",110,7,5\n",
                    StandardCharsets.UTF_8);
            LoadHomes.load(home, "s" + (month - 5), 2, LandingLoad.Checkpoint.NONE);
        }
        SnapshotStore store = new SnapshotStore(home.resolve("snapshots"));
        assertEquals(List.of("s3", "s4"), store.list().stream().map(Snapshot::id).toList());
        store.rollback("s3");
        assertEquals("s3", store.current().orElseThrow().id());
        assertThrows(IllegalArgumentException.class, () -> store.rollback("s1"));
        List<Row> files = spark.read().option("recursiveFileLookup", "true").parquet(home.resolve("ledger/etl_load_file").toString())
                .filter("load_id = 's4'").collectAsList();
        assertEquals(5, files.size());
        assertEquals(1, files.stream().filter(r -> r.getAs("action").equals("read")).count());
    }

    private static void writeTwoPeriods(Path home) throws IOException {
        Path feed = home.resolve("landing/enterprise_monthly");
        write(feed.resolve("2024-05/月报.csv"), HEADER + E1 + ",许昌甲机械有限公司,411002,3411,1,100,90,100,90,5,4\n",
                StandardCharsets.UTF_8);
        write(feed.resolve("2024-06/月报.csv"), HEADER + E1 + ",许昌甲机械有限公司,411002,3411,1,120,95,120,95,6,5\n",
                StandardCharsets.UTF_8);
    }

    private LandingLoad.Result load(String loadId) throws IOException {
        return LoadHomes.load(home, loadId);
    }

    private static List<Row> table(LandingLoad.Result result, String table) {
        return LoadHomes.published(result, table).collectAsList();
    }

    private static List<Row> sorted(List<Row> rows) {
        return rows.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }

    private static Path only(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
    }

    private static String message(FeedLoadReport report, RejectReason reason) {
        return report.rejections().stream().filter(r -> r.reason() == reason).findFirst().orElseThrow().message();
    }

    static void write(Path file, String text, Charset charset) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(charset));
    }
}
