package org.imon.etl.load;

import static org.imon.etl.load.LandingLoadTest.E1;
import static org.imon.etl.load.LandingLoadTest.HEADER;
import static org.imon.etl.load.LandingLoadTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.SparkTests;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.warehouse.ParquetFolders;
import org.imon.warehouse.WarehouseBuilder;

/**
 * The state killed runs leave, planted by hand as a kill leaves it: the next build reads past it, the
 * next load removes it and mends the ledger; and a file that changes while the load reads it waits for
 * the next load instead of being published half-read.
 */
@Tag("slow")
class KilledRunLeftoversTest {
    static SparkSession spark;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        spark = SparkTests.session();
    }

    @Test
    void whatKilledRunsLeaveNeverBreaksTheNextBuildOrLoad() throws Exception {
        write(home.resolve("landing/enterprise_monthly/2024-06/月报.csv"),
                HEADER + E1 + ",许昌甲机械有限公司,411002,3411,1,120,95,120,95,6,5\n", StandardCharsets.UTF_8);
        load("one");
        // A load killed just after its switch: the ledger never got the entry of snapshot "one".
        for (String table : LoadLedger.TABLES) {
            ParquetFolders.deleteRecursively(home.resolve("ledger").resolve(table).resolve("one"));
        }
        // A load killed while Spark wrote the ledger in place (as loads did before): an empty part file.
        plantEmptyFile(home.resolve("ledger/etl_load/killed/_temporary/0/_temporary/attempt_202611260000_0001_m_000000_1/"
                + "part-00000-0a1b.snappy.parquet"));
        plantEmptyFile(home.resolve("ledger/_incoming/killed-1/etl_load_feed/part-00000.snappy.parquet"));
        plantEmptyFile(home.resolve("staging/killed/enterprise_monthly/_temporary/0/part-00000.snappy.parquet"));
        plantEmptyFile(home.resolve("snapshots/killed/fact_enterprise_period/year=2024/period=6/part-00000.snappy.parquet"));

        Path warehouse = home.resolve("warehouse.duckdb");
        Path snapshot = new SnapshotStore(home.resolve("snapshots")).current().orElseThrow().dir();
        new WarehouseBuilder(snapshot, home.resolve("ledger")).build(warehouse);
        assertEquals(Map.of(), loads(warehouse), "the empty part file is not read; the entry of one is not yet back");

        LandingLoad.Result again = load("two");

        assertEquals("unchanged", again.status());
        assertEquals(List.of(), leftovers(), "the load removed what the killed runs left");
        assertEquals(List.of("one"), names(home.resolve("staging")), "staging is kept for the snapshot it made");
        assertEquals(List.of("CURRENT", "one"), names(home.resolve("snapshots")));
        new WarehouseBuilder(snapshot, home.resolve("ledger")).build(warehouse);
        assertEquals(Map.of("one", "published one", "two", "unchanged one"), loads(warehouse),
                "the entry of one came back from the snapshot; the half-written one is gone");
    }

    @Test
    void aFileStillBeingCopiedInIsLeftForTheNextLoad() throws Exception {
        Path folder = home.resolve("landing/enterprise_monthly/2024-06");
        write(folder.resolve("甲.csv"), HEADER + E1 + ",许昌甲机械有限公司,411002,3411,1,120,95,120,95,6,5\n",
                StandardCharsets.UTF_8);
        Path arriving = folder.resolve("乙.csv");
        write(arriving, HEADER + "91411081MA0000003M,禹州丙电气有限公司,411081,3821,1,300,250,300,250,18,15\n",
                StandardCharsets.UTF_8);
        String nextRow = "91411024MA0000008K,鄢陵丁食品有限公司,411024,1391,1,50,40,50,40,2,1\n";

        // The copy goes on after the load has read 乙.csv: one more row arrives.
        LandingLoad.Result first = LoadHomes.load(home, "first", 5,
                stage -> {
                    if (stage == LandingLoad.Stage.STAGED) {
                        Files.writeString(arriving, nextRow, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                    }
                });

        FeedLoadReport report = first.feed("enterprise_monthly");
        assertEquals(List.of("enterprise_monthly/2024-06/乙.csv"), report.deferred());
        assertEquals(1, report.rowsRead(), "only 甲's row counts as read");
        assertEquals(1, report.rowsPublished());
        assertEquals(List.of(), report.rejections());
        assertEquals(List.of("enterprise_monthly/2024-06/甲.csv"), Files.readAllLines(
                first.snapshot().dir().resolve(SnapshotStore.FILES)).stream().map(l -> l.split("\t")[0]).toList());
        Map<String, String> actions = spark.read().parquet(home.resolve("ledger/etl_load_file/first").toString())
                .collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("source_file"), r -> r.getAs("action")));
        assertEquals(Map.of("enterprise_monthly/2024-06/甲.csv", "read", "enterprise_monthly/2024-06/乙.csv", "deferred"),
                actions);

        LandingLoad.Result next = load("next");
        assertEquals("published", next.status(), "the folder is read again now that 乙.csv is whole");
        assertEquals(3, next.feed("enterprise_monthly").rowsPublished());
        assertEquals(List.of(), next.feed("enterprise_monthly").deferred());
    }

    private LandingLoad.Result load(String loadId) throws Exception {
        return LoadHomes.load(home, loadId);
    }

    /** Each load in the warehouse's etl_load: its status and snapshot. */
    private static Map<String, String> loads(Path warehouse) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT load_id, status, snapshot_id FROM etl_load")) {
            Map<String, String> loads = new TreeMap<>();
            while (rs.next()) {
                loads.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3));
            }
            return loads;
        }
    }

    /** Anything under the home a killed writer leaves: Spark's _temporary, the ledger's _incoming. */
    private List<Path> leftovers() throws Exception {
        try (Stream<Path> paths = Files.walk(home)) {
            return paths.filter(p -> p.getFileName().toString().equals("_temporary")
                    || p.getFileName().toString().equals("_incoming")).toList();
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void plantEmptyFile(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.createFile(file);
    }
}
