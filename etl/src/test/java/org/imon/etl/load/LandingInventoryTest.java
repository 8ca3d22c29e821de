package org.imon.etl.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given a landing folder and the list of files the current snapshot was built from, expect the
 * changed folders, and a file read and hashed again only when its status changed.
 *
 * <pre>
 * enterprise_monthly/2024-05/月报.csv   "五月"   listed with its status, left alone  → not read: the listed hash stands
 * enterprise_monthly/2024-06/月报.csv   "六月"   rewritten in place, same size        → read again: its folder changed
 * </pre>
 * The listed hash of the May file is replaced by a made-up one ("0" × 64) before the second scan:
 * finding it again in the new inventory shows the file was not read.
 */
class LandingInventoryTest {
    private static final String FAKE = "0".repeat(64);

    @TempDir
    Path dir;

    @Test
    void aFileWhoseStatusIsUnchangedIsNotReadAgain() throws Exception {
        Path may = write("2024-05", "五月");
        Path june = write("2024-06", "六月");
        // Left alone for longer than the settling time, so that their statuses vouch for their content.
        Thread.sleep(FileStatus.SETTLE_MS + 200);
        Path list = dir.resolve("list.tsv");
        LandingInventory.scan(dir.resolve("landing"), null).write(list, Set.of());
        List<String> lines = Files.readAllLines(list);
        assertEquals(2, lines.size());
        lines.forEach(line -> assertEquals(4, line.split("\t").length, line));
        Files.write(list, lines.stream().map(l -> l.contains("2024-05") ? l.replaceAll("\t[0-9a-f]{64}\t", "\t" + FAKE + "\t")
                : l).toList());

        Files.writeString(june, "七月", StandardCharsets.UTF_8);
        LandingInventory now = LandingInventory.scan(dir.resolve("landing"), list);

        assertEquals(Set.of("enterprise_monthly/2024-06"), now.changedFolders("enterprise_monthly"));
        assertEquals(FAKE, sha(now, may));
        assertNotEquals(FAKE, sha(now, june));
    }

    @Test
    void aFileChangedJustBeforeItWasHashedIsHashedAgainNextTime() throws Exception {
        write("2024-06", "六月");
        Path list = dir.resolve("list.tsv");
        LandingInventory first = LandingInventory.scan(dir.resolve("landing"), null);
        first.write(list, Set.of());

        assertNull(first.files("enterprise_monthly").get(0).status(), "changed a moment ago: no status to trust");
        assertEquals("-", Files.readAllLines(list).get(0).split("\t")[3]);
        assertEquals(Set.of(), LandingInventory.scan(dir.resolve("landing"), list).changedFolders("enterprise_monthly"));
    }

    @Test
    void aListWithoutStatusesStillTellsWhatChanged() throws Exception {
        write("2024-05", "五月");
        Path june = write("2024-06", "六月");
        Path list = dir.resolve("list.tsv");
        LandingInventory.scan(dir.resolve("landing"), null).write(list, Set.of());
        // As a snapshot published before statuses were kept has it: path, size, SHA-256.
        Files.write(list, Files.readAllLines(list).stream().map(l -> l.substring(0, l.lastIndexOf('\t'))).toList());

        Files.writeString(june, "七月", StandardCharsets.UTF_8);

        assertEquals(Set.of("enterprise_monthly/2024-06"),
                LandingInventory.scan(dir.resolve("landing"), list).changedFolders("enterprise_monthly"));
        assertEquals(2, LandingInventory.listed(list).size());
    }

    private Path write(String folder, String text) throws Exception {
        Path file = dir.resolve("landing/enterprise_monthly").resolve(folder).resolve("月报.csv");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String sha(LandingInventory inventory, Path file) {
        return inventory.files("enterprise_monthly").stream().filter(e -> Path.of(e.file().path()).equals(file))
                .findFirst().orElseThrow().sha256();
    }
}
