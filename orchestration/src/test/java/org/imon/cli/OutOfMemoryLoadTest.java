package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code imon load} process whose staging tasks fill a 600 MB heap until the JVM throws
 * {@code OutOfMemoryError} (the drill's only part: what follows is the load's own handling). The
 * analyst is told it is memory and what to do, the process exits with its own code, nothing is
 * published, and the ledger records the failed load with the same reason.
 */
class OutOfMemoryLoadTest {
    @TempDir
    Path dir;

    @Test
    void aLoadThatRunsOutOfMemorySaysSoExitsFourAndIsInTheLedger() throws Exception {
        Path home = dir.resolve("home");
        CommandLineTest.Run sample = CommandLineTest.imon("--home", home.toString(), "sample", "--enterprises", "100",
                "--years", "1", "--until", "2024-03");
        assertEquals(0, sample.exitCode(), sample.out() + sample.err());

        List<String> command = ImonProcess.command("--home", home.toString(), "load", "--master", "local[2]");
        command.addAll(1, List.of("-Xmx600m", "-Dimon.load.drill.outOfMemory=true"));
        Path err = dir.resolve("stderr.txt");
        Process load = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        assertTrue(load.waitFor(5, TimeUnit.MINUTES), "the load ended");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);

        assertEquals(4, load.exitValue(), stderr);
        assertTrue(stderr.contains("imon: 内存不足：读取并校验 enterprise_monthly 的 "), stderr);
        assertTrue(stderr.contains("Java 堆内存（-Xmx"), stderr);
        assertTrue(stderr.contains("请用 IMON_JAVA_OPTS=-Xmx2g 增加内存后重新装载"), stderr);
        assertFalse(Files.exists(home.resolve("snapshots/CURRENT")), "nothing published");

        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = duckdb.createStatement();
                ResultSet rs = s.executeQuery("SELECT status, message FROM read_parquet('"
                        + home.resolve("ledger/etl_load") + "/*/*.parquet')")) {
            assertTrue(rs.next(), "the failed load is in the ledger");
            assertEquals("failed", rs.getString("status"));
            assertTrue(rs.getString("message").startsWith("内存不足：读取并校验 enterprise_monthly 的 "),
                    rs.getString("message"));
            assertFalse(rs.next(), "one load, one entry");
        }
    }
}
