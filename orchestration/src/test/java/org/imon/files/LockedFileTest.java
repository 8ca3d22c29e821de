package org.imon.files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One holder at a time; the lock is free again once the holder closes. (Across processes: HomeLockTest.) */
class LockedFileTest {
    @TempDir
    Path dir;

    @Test
    void aSecondHolderIsRefusedAtOnceUntilTheFirstCloses() throws Exception {
        Path file = dir.resolve("a/b/x.lock");
        try (LockedFile first = LockedFile.tryOpen(file).orElseThrow()) {
            assertTrue(Files.isRegularFile(file), "created with its folders");
            Optional<LockedFile> second = LockedFile.tryOpen(file);
            assertFalse(second.isPresent(), "refused while the first holds it");
        }
        try (LockedFile again = LockedFile.tryOpen(file).orElseThrow()) {
            assertTrue(again.channel().isOpen());
        }
    }
}
