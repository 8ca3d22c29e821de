package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.imon.etl.snapshot.Snapshot;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.warehouse.HomeLayout;

/** What a home must not hold once a load has run after killed ones: any trace of the killed runs. */
final class HomeLeftovers {
    private HomeLeftovers() {
    }

    static void assertNone(Path home) throws IOException {
        try (Stream<Path> paths = Files.walk(home)) {
            List<Path> traces = paths.filter(p -> Set.of("_temporary", "_incoming").contains(p.getFileName().toString())
                    || p.getFileName().toString().endsWith(".partial")).toList();
            assertEquals(List.of(), traces, "what killed runs wrote half way");
        }
        SnapshotStore store = new SnapshotStore(new HomeLayout(home).snapshots());
        Set<String> snapshots = store.list().stream().map(Snapshot::id).collect(Collectors.toSet());
        assertEquals(snapshots, folders(new HomeLayout(home).snapshots()), "every snapshot folder is a committed snapshot");
        assertTrue(snapshots.containsAll(folders(new HomeLayout(home).staging())),
                "staging kept only for snapshots: " + folders(new HomeLayout(home).staging()) + " vs " + snapshots);
        for (String id : snapshots) {
            assertTrue(Files.isDirectory(new HomeLayout(home).ledger().resolve("etl_load").resolve(id)), "ledger entry of snapshot " + id);
        }
    }

    private static Set<String> folders(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
