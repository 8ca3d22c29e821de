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
 *
 * <p>A file is hashed again only when its status ({@link FileStatus}) differs from the one recorded
 * with its hash: a night hashes what arrived, not every file of every year.
 */
public final class LandingInventory {

    /**
     * A landing file and its fingerprint.
     *
     * @param status the file's status when it was hashed, or null when that cannot vouch for its content
     */
    public record Entry(String feed, LandingFile file, long size, String sha256, String status) {
        /** The feed folder the file is in, e.g. {@code enterprise_monthly/2024-06}. */
        public String folder() {
            return folderOf(file.relative());
        }
    }

    /** A file's hash and status, as the current snapshot's list has them. */
    private record Known(String sha256, String status) {
    }

    /** In the list of files: a file whose status cannot vouch for its content (see {@link FileStatus}). */
    private static final String NO_STATUS = "-";

    private final Map<String, List<Entry>> byFeed;
    private final Map<String, Known> previous;

    private LandingInventory(Map<String, List<Entry>> byFeed, Map<String, Known> previous) {
        this.byFeed = byFeed;
        this.previous = previous;
    }

    /** Fingerprints every landing file; {@code previousFiles} is the current snapshot's list, if any. */
    public static LandingInventory scan(Path landingRoot, Path previousFiles) throws IOException {
        Map<String, Known> previous = known(previousFiles);
        Map<String, List<Entry>> byFeed = new LinkedHashMap<>();
        for (String name : FeedSpec.ALL) {
            List<LandingFile> files = LandingFile.list(landingRoot, FeedSpec.load(name));
            // A file that vanished since the listing (a copy tool's temporary file, renamed) is not data.
            List<Entry> entries = files.parallelStream().map(f -> fingerprint(name, f, previous.get(f.relative())))
                    .filter(Objects::nonNull).toList();
            byFeed.put(name, entries);
        }
        return new LandingInventory(byFeed, previous);
    }

    /**
     * The landing files a snapshot was built from (its {@code _landing_files.tsv}), each with its SHA-256,
     * by landing-relative path; none when there is no list.
     */
    public static Map<String, String> listed(Path files) throws IOException {
        Map<String, String> sha256 = new LinkedHashMap<>();
        known(files).forEach((file, known) -> sha256.put(file, known.sha256()));
        return sha256;
    }

    private static Map<String, Known> known(Path files) throws IOException {
        Map<String, Known> known = new LinkedHashMap<>();
        if (files != null && Files.isRegularFile(files)) {
            for (String line : Files.readAllLines(files, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                // Lists written before file statuses were kept have three columns.
                if (f.length >= 3) {
                    known.put(f[0], new Known(f[2], f.length > 3 && !f[3].equals(NO_STATUS) ? f[3] : null));
                }
            }
        }
        return known;
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
            Known known = previous.get(e.file().relative());
            if (known == null || !e.sha256().equals(known.sha256())) {
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
                .filter(e -> !sameContent(e, fingerprint(e.feed(), e.file(), null)))
                .forEach(e -> unsettled.add(e.file().relative())));
        return unsettled;
    }

    /**
     * Writes the fingerprints a new snapshot reflects. Files {@code left} for the next load are not
     * listed, so that the next load sees their folders as changed and reads them again.
     */
    public void write(Path file, Set<String> left) throws IOException {
        List<String> lines = new ArrayList<>();
        byFeed.values().forEach(entries -> entries.stream().filter(e -> !left.contains(e.file().relative())).forEach(
                e -> lines.add(e.file().relative() + "\t" + e.size() + "\t" + e.sha256() + "\t"
                        + Objects.requireNonNullElse(e.status(), NO_STATUS))));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static boolean sameContent(Entry before, Entry now) {
        return now != null && before.size() == now.size() && before.sha256().equals(now.sha256());
    }

    static String folderOf(String relativeFile) {
        return relativeFile.substring(0, relativeFile.lastIndexOf('/'));
    }

    /**
     * The file's size and SHA-256 as it is now, or null when it is gone: the known hash when the file's
     * status is the one recorded with it, otherwise the file read and hashed.
     */
    private static Entry fingerprint(String feed, LandingFile f, Known known) {
        Path path = Path.of(f.path());
        // Taken before reading, so that a change while the file is read shows in the next status.
        FileStatus status = FileStatus.of(path);
        if (status != null && known != null && status.key().equals(known.status())) {
            return new Entry(feed, f, status.size(), known.sha256(), known.status());
        }
        try (InputStream in = Files.newInputStream(path)) {
            // The size of what was hashed, whatever the file did meanwhile.
            long size = 0;
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
            }
            return new Entry(feed, f, size, HexFormat.of().formatHex(digest.digest()),
                    status != null && status.settled() ? status.key() : null);
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
