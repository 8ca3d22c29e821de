package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.snapshot.SnapshotStore;

/**
 * A real {@code imon load} process killed with SIGKILL at several moments: each time either the
 * previous snapshot stays current with its files untouched, or (killed after the switch) the new one
 * is complete; and a later load and build complete and leave nothing of the killed runs behind.
 */
@Tag("slow")
class KillDuringLoadTest {
    @TempDir
    Path dir;

    @Test
    void aKilledLoadLeavesThePreviousSnapshotCurrent() throws Exception {
        String home = dir.resolve("home").toString();
        assertEquals(0, CommandLineTest.imon("--home", home, "sample", "--enterprises", "150", "--years", "1",
                "--until", "2024-05").exitCode());
        assertEquals(0, CommandLineTest.imon("--home", home, "load", "--master", "local[2]").exitCode());
        SnapshotStore store = new SnapshotStore(dir.resolve("home/snapshots"));
        String first = store.current().orElseThrow().id();
        List<String> filesBefore = files(store.current().orElseThrow().dir());

        assertEquals(0, CommandLineTest.imon("--home", home, "sample", "--enterprises", "150", "--years", "1",
                "--until", "2024-09").exitCode());
        for (long delay : new long[] {3_000, 6_000, 9_000}) {
            Process load = imonProcess(home);
            boolean finished = load.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                load.destroyForcibly().waitFor();
            }
            String current = store.current().orElseThrow().id();
            if (current.equals(first)) {
                assertEquals(filesBefore, files(store.current().orElseThrow().dir()), "killed after " + delay + " ms");
            } else {
                // Killed after the switch (or it finished): the new snapshot must be complete.
                assertTrue(store.list().stream().anyMatch(s -> s.id().equals(current)), current);
            }
        }
        Process complete = imonProcess(home);
        assertTrue(complete.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, complete.exitValue());
        assertTrue(!store.current().orElseThrow().id().equals(first), "the completed load published a new snapshot");
        assertEquals(0, CommandLineTest.imon("--home", home, "build").exitCode());
        HomeLeftovers.assertNone(dir.resolve("home"));
    }

    /** {@code imon load} in its own JVM, with extra JVM options (e.g. a crash drill) before the class. */
    static Process imonProcess(String home, String... jvmOptions) throws Exception {
        List<String> command = ImonProcess.command("--home", home, "load", "--master", "local[2]");
        command.addAll(1, List.of(jvmOptions));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> files(Path snapshot) throws Exception {
        try (var s = Files.walk(snapshot)) {
            return s.filter(Files::isRegularFile).map(p -> snapshot.relativize(p) + ":" + p.toFile().length()).sorted()
                    .toList();
        }
    }
}
