package org.imon.etl.snapshot;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.imon.warehouse.ParquetFolders;

/**
 * The published tables as a series of immutable snapshots under {@code snapshots/}. A load builds a
 * new snapshot folder: partitions it does not touch are hard links to the current snapshot's files
 * (nothing is rewritten), touched partitions are written anew. Only when the folder is complete is
 * its manifest written and the one-line {@code CURRENT} file replaced by an atomic rename. A crash
 * at any earlier point leaves {@code CURRENT} naming the previous, intact snapshot; the unfinished
 * folder has no manifest and is removed by the next load.
 */
public final class SnapshotStore {
    public static final String CURRENT = "CURRENT";
    static final String MANIFEST = "_snapshot.properties";
    /** Landing files a snapshot reflects: relative path, size and sha256, one per line. */
    public static final String FILES = "_landing_files.tsv";

    private final Path root;

    public SnapshotStore(Path root) {
        this.root = root;
    }

    /** The snapshot readers should use, if any load has committed. */
    public Optional<Snapshot> current() {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(Files.readString(pointer, StandardCharsets.UTF_8).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every committed snapshot, oldest first. */
    public List<Snapshot> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            List<Snapshot> snapshots = new ArrayList<>();
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (Files.isRegularFile(dir.resolve(MANIFEST))) {
                    snapshots.add(read(dir.getFileName().toString()));
                }
            }
            snapshots.sort(Comparator.comparing(Snapshot::created).thenComparing(Snapshot::id));
            return snapshots;
        }
    }

    /** Removes snapshot folders that killed or failed loads left without a manifest. */
    public void removeUnfinished() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
                    ParquetFolders.deleteRecursively(dir);
                }
            }
        }
    }

    /** Starts a snapshot: an empty folder, after removing folders that earlier loads left unfinished. */
    public Path begin(String id) throws IOException {
        Files.createDirectories(root);
        removeUnfinished();
        Path dir = root.resolve(id);
        if (Files.exists(dir)) {
            throw new IllegalStateException("snapshot already exists: " + id);
        }
        Files.createDirectories(dir);
        return dir;
    }

    /**
     * Links every file of a table's partition folder from the current snapshot into the new one.
     * Falls back to copying where the file system has no hard links.
     */
    public void carryOver(Path newSnapshot, String relativeFolder) throws IOException {
        Optional<Snapshot> current = current();
        if (current.isEmpty()) {
            return;
        }
        Path from = current.get().dir().resolve(relativeFolder);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path target = newSnapshot.resolve(relativeFolder).resolve(from.relativize(source).toString());
                Files.createDirectories(target.getParent());
                try {
                    Files.createLink(target, source);
                } catch (UnsupportedOperationException | FileSystemException e) {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Writes the manifest, then makes the snapshot current in one atomic rename. */
    public Snapshot commit(String id, Map<String, Long> rowCounts) throws IOException {
        Path dir = root.resolve(id);
        Properties p = new Properties();
        p.setProperty("id", id);
        current().ifPresent(c -> p.setProperty("parent", c.id()));
        p.setProperty("created", Instant.now().toString());
        rowCounts.forEach((table, rows) -> p.setProperty("rows." + table, Long.toString(rows)));
        Path manifest = dir.resolve(MANIFEST);
        Path partial = dir.resolve(MANIFEST + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            p.store(out, "imon snapshot");
        }
        Files.move(partial, manifest, StandardCopyOption.ATOMIC_MOVE);
        point(id);
        return read(id);
    }

    /** Makes an earlier committed snapshot current again. */
    public Snapshot rollback(String id) throws IOException {
        if (!Files.isRegularFile(root.resolve(id).resolve(MANIFEST))) {
            throw new IllegalArgumentException("没有这个快照: " + id + "（用 imon snapshots 查看）");
        }
        point(id);
        return read(id);
    }

    /**
     * Removes committed snapshots beyond the newest {@code keep}, never the current one. The manifest
     * goes first, so a prune killed half way leaves an unfinished folder, never a listed snapshot with
     * tables missing.
     */
    public List<String> prune(int keep) throws IOException {
        List<Snapshot> all = list();
        String current = current().map(Snapshot::id).orElse("");
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < all.size() - keep; i++) {
            if (!all.get(i).id().equals(current)) {
                Files.delete(all.get(i).dir().resolve(MANIFEST));
                ParquetFolders.deleteRecursively(all.get(i).dir());
                removed.add(all.get(i).id());
            }
        }
        return removed;
    }

    private void point(String id) throws IOException {
        Path partial = root.resolve(CURRENT + ".partial");
        Files.writeString(partial, id + "\n", StandardCharsets.UTF_8);
        Files.move(partial, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Snapshot read(String id) throws IOException {
        Path dir = root.resolve(id);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, Long> rows = new TreeMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("rows."))
                .forEach(k -> rows.put(k.substring(5), Long.parseLong(p.getProperty(k))));
        return new Snapshot(id, p.getProperty("parent"), Instant.parse(p.getProperty("created")), dir,
                new LinkedHashMap<>(rows));
    }
}
