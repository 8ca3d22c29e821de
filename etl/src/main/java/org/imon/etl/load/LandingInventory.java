package org.imon.etl.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.imon.etl.feed.FeedSpec;
import org.imon.etl.landing.LandingFile;

/**
 * Every file in the landing folder with its size and SHA-256, compared with the files the current
 * snapshot was built from. A folder is changed when a file in it is new, altered or gone; only
 * changed folders are read again, so loading one new period leaves earlier ones untouched.
 */
public final class LandingInventory {

    /** A landing file and its fingerprint. */
    public record Entry(String feed, LandingFile file, long size, String sha256) {
        /** The feed folder the file is in, e.g. {@code enterprise_monthly/2024-06}. */
        public String folder() {
            return folderOf(file.relative());
        }
    }

    private final Map<String, List<Entry>> byFeed;
    private final Map<String, String> previous;

    private LandingInventory(Map<String, List<Entry>> byFeed, Map<String, String> previous) {
        this.byFeed = byFeed;
        this.previous = previous;
    }

    /** Fingerprints every landing file; {@code previousFiles} is the current snapshot's list, if any. */
    public static LandingInventory scan(Path landingRoot, Path previousFiles) throws IOException {
        Map<String, List<Entry>> byFeed = new LinkedHashMap<>();
        for (String name : FeedSpec.ALL) {
            List<LandingFile> files = LandingFile.list(landingRoot, FeedSpec.load(name));
            // A file that vanished since the listing (a copy tool's temporary file, renamed) is not data.
            List<Entry> entries = files.parallelStream().map(f -> fingerprint(name, f)).filter(Objects::nonNull).toList();
            byFeed.put(name, entries);
        }
        Map<String, String> previous = new HashMap<>();
        if (previousFiles != null && Files.isRegularFile(previousFiles)) {
            for (String line : Files.readAllLines(previousFiles, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 3) {
                    previous.put(f[0], f[2]);
                }
            }
        }
        return new LandingInventory(byFeed, previous);
    }

    public List<Entry> files(String feed) {
        return byFeed.get(feed);
    }

    public boolean isEmpty() {
        return byFeed.values().stream().allMatch(List::isEmpty);
    }

    /** Folders of a feed whose files differ from what the current snapshot was built from. */
    public Set<String> changedFolders(String feed) {
        Set<String> changed = new TreeSet<>();
        Set<String> present = new TreeSet<>();
        for (Entry e : byFeed.get(feed)) {
            present.add(e.file().relative());
            if (!e.sha256().equals(previous.get(e.file().relative()))) {
                changed.add(e.folder());
            }
        }
        for (String gone : previous.keySet()) {
            if (gone.startsWith(feed + "/") && !present.contains(gone)) {
                changed.add(folderOf(gone));
            }
        }
        return changed;
    }

    /**
     * The files among {@code read} that are no longer what was fingerprinted before reading them: still
     * being copied into the landing folder, replaced or removed meanwhile. What was read of them may be
     * half a file.
     */
    public Set<String> unsettled(Set<String> read) {
        Set<String> unsettled = new TreeSet<>();
        byFeed.values().forEach(entries -> entries.stream().filter(e -> read.contains(e.file().relative()))
                .filter(e -> !e.equals(fingerprint(e.feed(), e.file()))).forEach(e -> unsettled.add(e.file().relative())));
        return unsettled;
    }

    /**
     * Writes the fingerprints a new snapshot reflects. Files {@code left} for the next load are not
     * listed, so that the next load sees their folders as changed and reads them again.
     */
    public void write(Path file, Set<String> left) throws IOException {
        List<String> lines = new ArrayList<>();
        byFeed.values().forEach(entries -> entries.stream().filter(e -> !left.contains(e.file().relative())).forEach(
                e -> lines.add(e.file().relative() + "\t" + e.size() + "\t" + e.sha256())));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static String folderOf(String relativeFile) {
        return relativeFile.substring(0, relativeFile.lastIndexOf('/'));
    }

    /** The file's size and SHA-256 as it is now, or null when it is gone. */
    private static Entry fingerprint(String feed, LandingFile f) {
        Path path = Path.of(f.path());
        try (InputStream in = Files.newInputStream(path)) {
            long size = Files.size(path);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return new Entry(feed, f, size, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
