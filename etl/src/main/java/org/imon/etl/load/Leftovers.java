package org.imon.etl.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.imon.etl.snapshot.Snapshot;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.warehouse.ParquetFolders;

/**
 * What killed or failed loads leave behind (残留): snapshot folders without a manifest, staging folders
 * of loads that published nothing, ledger entries half-written. None of it is ever read; a load
 * removes it before it starts and after it publishes. A staging folder is kept as long as the snapshot
 * of the same load is, for its lineage.
 */
final class Leftovers {
    private Leftovers() {
    }

    static void remove(LandingLoad.Paths paths) throws IOException {
        SnapshotStore store = new SnapshotStore(paths.snapshots());
        store.removeUnfinished();
        LoadLedger.removeLeftovers(paths.ledger());
        Set<String> snapshots = store.list().stream().map(Snapshot::id).collect(Collectors.toSet());
        if (Files.isDirectory(paths.staging())) {
            try (Stream<Path> loads = Files.list(paths.staging())) {
                for (Path load : loads.toList()) {
                    if (!snapshots.contains(load.getFileName().toString())) {
                        ParquetFolders.deleteRecursively(load);
                    }
                }
            }
        }
    }
}
