package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.cli.CommandLineTest.Run;
import org.imon.warehouse.PublishedFixture;

/** {@code imon sql} over the three-region fixture: three formats, and every kind of write refused. */
class SqlCommandTest {
    private static final String RANKING = "SELECT region_name, value_yi, growth_pct FROM mart_region_indicator"
            + " WHERE year = 2024 AND period = 6 AND indicator = 'revenue' ORDER BY rank_by_growth";

    @TempDir
    static Path home;

    @BeforeAll
    static void build() throws Exception {
        PublishedFixture.buildWarehouse("three_regions", home);
    }

    @Test
    void printsAnAlignedTable() {
        Run run = CommandLineTest.imon("--home", home.toString(), "sql", RANKING);
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals("region_name     value_yi  growth_pct", lines[0].stripTrailing());
        assertEquals("禹州市          35.00     18.6", lines[2].stripTrailing());
        assertEquals("经济技术开发区  10.05     14.2", lines[3].stripTrailing());
        assertEquals("(3 行)", lines[5]);
    }

    @Test
    void writesCsvWithAByteOrderMarkForExcel() throws Exception {
        Path file = home.resolve("ranking.csv");
        Run run = CommandLineTest.imon("--home", home.toString(), "sql", "--format", "csv", "-o", file.toString(), RANKING);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("\uFEFFregion_name,value_yi,growth_pct\r\n禹州市,35.00,18.6\r\n经济技术开发区,10.05,14.2\r\n魏都区,20.00,5.3\r\n",
                Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void printsJson() {
        Run run = CommandLineTest.imon("--home", home.toString(), "sql", "--format", "json", RANKING + " LIMIT 1");
        assertEquals("[\n  {\"region_name\": \"禹州市\", \"value_yi\": 35.00, \"growth_pct\": 18.6}\n]\n", run.out());
    }

    @Test
    void refusesEveryWrite() {
        for (String write : new String[] {"DELETE FROM dim_region", "CREATE TABLE t AS SELECT 1",
                "COPY dim_region TO '" + home.resolve("out.csv") + "'", "ATTACH '" + home.resolve("other.duckdb") + "'"}) {
            Run run = CommandLineTest.imon("--home", home.toString(), "sql", write);
            assertEquals(1, run.exitCode(), write);
            assertTrue(run.err().contains("数据仓库是只读的"), write + ": " + run.err());
        }
        assertTrue(!Files.exists(home.resolve("out.csv")));
    }

    /**
     * Beyond writes: no extension installed or loaded from outside, no file read but the warehouse (not
     * even one beside it), no setting changed, no PRAGMA that changes one (profiling would write a file).
     */
    @Test
    void refusesExtensionsOtherFilesAndSettings() throws Exception {
        Path beside = home.resolve("beside.csv");
        Files.writeString(beside, "a\n1\n");
        for (String refused : new String[] {"INSTALL httpfs", "FORCE INSTALL httpfs", "LOAD httpfs",
                "SELECT * FROM read_csv('/etc/passwd')", "SELECT * FROM read_csv('" + beside + "')",
                "SELECT * FROM read_parquet('" + home.resolve("snapshots/x.parquet") + "')", "SELECT * FROM glob('/etc/*')",
                "SELECT * FROM read_text('/etc/hostname')", "SET threads = 1", "SET enable_external_access = true",
                "RESET memory_limit", "PRAGMA threads = 1", "PRAGMA enable_profiling",
                "PRAGMA profiling_output = '" + home.resolve("profile.txt") + "'", "PRAGMA force_checkpoint",
                "EXPORT DATABASE '" + home.resolve("export") + "'", "CREATE SECRET (TYPE s3)"}) {
            Run run = CommandLineTest.imon("--home", home.toString(), "sql", refused);
            assertEquals(1, run.exitCode(), refused);
            assertTrue(run.err().contains("数据仓库是只读的"), refused + ": " + run.err());
        }
        assertTrue(!Files.exists(home.resolve("profile.txt")) && !Files.exists(home.resolve("export")));
    }

    /** PRAGMAs that only read (the analyst guide lists them) answer like queries. */
    @Test
    void allowsPragmasThatOnlyRead() {
        Run run = CommandLineTest.imon("--home", home.toString(), "sql", "--format", "csv",
                "SELECT name FROM pragma_table_info('dim_period') WHERE name = 'period_label'");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("\uFEFFname\r\nperiod_label\r\n", run.out());
    }

    @Test
    void aBadQueryOrFormatSaysWhy() {
        Run bad = CommandLineTest.imon("--home", home.toString(), "sql", "SELECT nothing FROM nowhere");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("查询失败"), bad.err());
        assertEquals(2, CommandLineTest.imon("--home", home.toString(), "sql", "--format", "xml", RANKING).exitCode());
    }
}
