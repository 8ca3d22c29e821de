package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.cli.CommandLineTest.Run;
import org.imon.etl.load.LandingLoad;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.Warehouse;

/**
 * A real {@code imon load} process killed with SIGKILL at each stage of a load, exactly there (the
 * process waits at the stage until it is killed): after staging, in the middle of publishing, with
 * the snapshot and its ledger entry written but not current, and just after the switch, one after the
 * other on the same home. After each kill the next {@code imon build} succeeds and the ledger knows the
 * current snapshot's load; the next kill's load gets past the previous kill to a later stage; after
 * the last one a whole load and build succeed and nothing any killed process wrote is left behind.
 */
@Tag("slow")
class KillAtEveryStageTest {
    @TempDir
    Path dir;

    @Test
    void aLoadKilledAtAnyStageNeverBreaksTheNextBuildOrLoad() throws Exception {
        Path home = dir.resolve("home");
        SnapshotStore store = new SnapshotStore(new HomeLayout(home).snapshots());
        sample(home, "2024-03");
        // A workbook cut off in transfer and the owner file Excel leaves beside an open one.
        Path march = new HomeLayout(home).landing("enterprise_monthly").resolve("2024-03");
        Files.write(march.resolve("半截.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0});
        Files.write(march.resolve("~$半截.xlsx"), new byte[] {5, 0, 'x', 0});
        Run first = CommandLineTest.imon("--home", home.toString(), "load", "--master", "local[2]");
        // Everything else is published; the rejected file fails the data-quality gate (exit 3), as it should.
        assertEquals(3, first.exitCode(), first.out() + first.err());
        assertTrue(first.err().contains("enterprise_monthly: 整文件拒收 1 个"), first.err());
        assertTrue(first.out().contains("    整文件拒收 enterprise_monthly/2024-03/半截.xlsx: 文件无法读取："), first.out());
        assertFalse(first.out().contains("~$"), "the owner file is not data: " + first.out());

        int month = 4;
        for (LandingLoad.Stage stage : LandingLoad.Stage.values()) {
            String previous = store.current().orElseThrow().id();
            sample(home, "2024-0" + month++);
            Path signal = dir.resolve("at-" + stage);
            Process load = KillDuringLoadTest.imonProcess(home.toString(), "-Dimon.crash-drill.stage=" + stage,
                    "-Dimon.crash-drill.signal=" + signal);
            for (int waited = 0; !Files.exists(signal); waited++) {
                assertTrue(load.isAlive(), stage + ": the load ended before reaching the stage");
                assertTrue(waited < 600, stage + ": not reached in 5 minutes");
                Thread.sleep(500);
            }
            load.destroyForcibly();
            assertTrue(load.waitFor(1, TimeUnit.MINUTES));
            assertEquals(137, load.exitValue(), "killed by SIGKILL");

            String current = store.current().orElseThrow().id();
            if (stage == LandingLoad.Stage.AFTER_SWITCH) {
                assertFalse(current.equals(previous), "killed after the switch: the new snapshot is current");
                assertFalse(Files.exists(new HomeLayout(home).ledger().resolve("etl_load").resolve(current)),
                        "the kill came before the ledger copy");
            } else {
                assertEquals(previous, current, stage + ": the previous snapshot stays current");
            }

            assertSucceeds(CommandLineTest.imon("--home", home.toString(), "build"));
            assertEquals("published", status(home, store.current().orElseThrow().id()),
                    stage + ": the ledger knows where the current snapshot came from");
        }
        // The next stage's load got past each kill to its own stage; after the last kill, a whole load.
        sample(home, "2024-0" + month);
        assertOk(CommandLineTest.imon("--home", home.toString(), "load", "--master", "local[2]"));
        assertSucceeds(CommandLineTest.imon("--home", home.toString(), "build"));
        HomeLeftovers.assertNone(home);
    }

    private static void sample(Path home, String until) {
        assertOk(CommandLineTest.imon("--home", home.toString(), "sample", "--enterprises", "100", "--years", "1",
                "--until", until));
    }

    private static void assertOk(Run run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    /**
     * Done (0), or nothing to do (99): after a kill before the switch the warehouse is still current;
     * after a kill after it the landing files are already in the current snapshot.
     */
    private static void assertSucceeds(Run run) {
        assertTrue(run.exitCode() == 0 || run.exitCode() == 99, run.exitCode() + ": " + run.out() + run.err());
    }

    /** The status the warehouse's run ledger gives the load that made a snapshot. */
    private static String status(Path home, String snapshotId) throws Exception {
        try (Warehouse warehouse = Warehouse.openReadOnly(new HomeLayout(home).warehouseFile());
                Statement s = warehouse.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT status FROM etl_load WHERE load_id = '" + snapshotId + "'")) {
            return rs.next() ? rs.getString(1) : "missing";
        }
    }
}
