package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.cli.CommandLineTest.Run;
import org.imon.warehouse.HomeLayout;

/**
 * One run at a time in a home: while a real {@code imon nightly} process runs, a second {@code load}
 * or {@code nightly} exits at once, says who holds the home, and changes nothing; after that process
 * is killed with SIGKILL, its lock is found stale and the next night takes it over and completes.
 */
@Tag("slow")
class HomeLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondRunIsRefusedAndAKilledRunsLockIsTakenOver() throws Exception {
        Path home = dir.resolve("home");
        assertEquals(0, CommandLineTest.imon("--home", home.toString(), "sample", "--years", "1", "--enterprises", "150",
                "--until", "2024-05").exitCode());
        Process night = new ProcessBuilder(ImonProcess.command("--home", home.toString(), "nightly", "--ds", "2024-06-10",
                "--master", "local[2]")).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String holder = "pid=" + night.pid();
        Path lockFile = new HomeLayout(home).lockFile();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!(Files.isRegularFile(lockFile) && Files.readString(lockFile).contains(holder))) {
            assertTrue(System.nanoTime() < deadline && night.isAlive(), "the night never took the lock");
            Thread.sleep(100);
        }

        for (String[] second : new String[][] {{"load"}, {"nightly", "--ds", "2024-06-10"}}) {
            long started = System.nanoTime();
            Run refused = CommandLineTest.imon(concat(new String[] {"--home", home.toString()}, second));
            assertEquals(1, refused.exitCode(), refused.out() + refused.err());
            assertTrue(refused.err().contains("另一个 imon 进程正在使用工作目录") && refused.err().contains(holder)
                    && refused.err().contains("command=nightly") && refused.err().contains("本次未做任何改动"), refused.err());
            assertTrue(RunLog.since(started) < 5, "refused at once, not after waiting");
        }
        assertTrue(night.isAlive(), "the first night was still running while the others were refused");
        assertFalse(logged(home, "\"command\":\"load\""), "the refused load wrote nothing, not even a log line");

        night.destroyForcibly().waitFor();
        assertEquals(128 + 9, night.exitValue(), "killed by SIGKILL");
        assertTrue(Files.readString(lockFile).contains(holder), "a killed process leaves its lock file behind");
        Run status = CommandLineTest.imon("--home", home.toString(), "status");
        assertTrue(status.out().contains(holder), status.out());

        Run next = CommandLineTest.imon("--home", home.toString(), "nightly", "--ds", "2024-06-10", "--master", "local[2]");
        assertEquals(0, next.exitCode(), next.out() + next.err());
        assertTrue(next.out().contains("上次运行的进程已终止，已接管它留下的锁（" + holder), next.out());
        assertTrue(Files.isRegularFile(new HomeLayout(home).reports().resolve("2024-05/月度工业经济运行通报_2024年1-5月.pdf")));
        assertEquals("", Files.readString(lockFile, StandardCharsets.UTF_8), "released: the home is free again");
    }

    private static boolean logged(Path home, String text) throws Exception {
        if (!Files.isDirectory(new HomeLayout(home).logs())) {
            return false;
        }
        try (var files = Files.list(new HomeLayout(home).logs())) {
            for (Path f : files.toList()) {
                if (Files.readString(f, StandardCharsets.UTF_8).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
