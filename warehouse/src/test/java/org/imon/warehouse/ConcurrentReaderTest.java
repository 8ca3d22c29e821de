package org.imon.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's process holds the warehouse open while {@code imon build} replaces it: the build
 * succeeds, the analyst keeps a consistent view of the old file, and the next reader sees the new one.
 */
class ConcurrentReaderTest {
    @TempDir
    Path dir;

    @Test
    void aReaderKeepsTheOldWarehouseWhileABuildReplacesIt() throws Exception {
        Path published = PublishedFixture.write("three_regions", dir.resolve("published"));
        Path file = dir.resolve("warehouse.duckdb");
        new WarehouseBuilder(published, null).build(file);

        Process reader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Reader.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(reader.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter in = new PrintWriter(reader.getOutputStream(), true, StandardCharsets.UTF_8)) {
            assertEquals("16", out.readLine(), "the reader opened the first warehouse");

            ParquetFolders.deleteRecursively(published.resolve("fact_enterprise_period/year=2023"));
            new WarehouseBuilder(published, null).build(file);

            in.println("again");
            assertEquals("16", out.readLine(), "the open reader still sees the file it opened");
            assertEquals(true, reader.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, reader.exitValue());
        }
        try (Warehouse fresh = Warehouse.openReadOnly(file); Statement s = fresh.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM fact_enterprise_period")) {
            rs.next();
            assertEquals(12, rs.getLong(1), "a new reader sees the rebuilt warehouse, without 2023");
        }
    }

    /** The analyst: opens the warehouse read-only, counts, waits for a line, counts again. */
    public static final class Reader {
        public static void main(String[] args) throws Exception {
            try (Warehouse warehouse = Warehouse.openReadOnly(Path.of(args[0]));
                    BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                System.out.println(count(warehouse));
                System.out.flush();
                stdin.readLine();
                System.out.println(count(warehouse));
                System.out.flush();
            }
        }

        private static long count(Warehouse warehouse) throws Exception {
            try (Statement s = warehouse.connection().createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM fact_enterprise_period")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
