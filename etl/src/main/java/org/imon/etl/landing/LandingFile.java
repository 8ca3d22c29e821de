package org.imon.etl.landing;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.imon.etl.feed.FeedSpec;

/**
 * A file as a department sent it: {@code landing/<feed>/<folder>/<name>.csv|.xlsx}. The folder
 * names what the file covers (see {@link org.imon.etl.feed.FolderKind}). A corrected file is sent
 * beside the original with {@code _更正1}, {@code _更正2} … at the end of its name; for the same key,
 * the highest correction wins.
 *
 * @param path     absolute path
 * @param relative path under the landing folder, as quarantine and lineage show it
 * @param year     the year the folder names, or 0 when the folder name does not fit the feed
 * @param period   the month the folder names (the last month of a year-to-date period), 0 for a year
 * @param version  0 for an original, N for the N-th correction
 */
public record LandingFile(String path, String relative, int year, int period, int version) implements Serializable {

    private static final Pattern CORRECTION = Pattern.compile("_更正(\\d+)$");

    public boolean hasValidFolder() {
        return year > 0;
    }

    public boolean isExcel() {
        return path.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Every data file of a feed, in a stable order. Names starting with "." or "_" are not data, nor
     * are the owner files ("~$…") Excel keeps beside a workbook while someone has it open.
     */
    public static List<LandingFile> list(Path landingRoot, FeedSpec feed) throws IOException {
        Path feedDir = landingRoot.resolve(feed.name());
        List<LandingFile> files = new ArrayList<>();
        if (!Files.isDirectory(feedDir)) {
            return files;
        }
        try (Stream<Path> folders = Files.list(feedDir)) {
            for (Path folder : folders.filter(Files::isDirectory).filter(LandingFile::isData).sorted().toList()) {
                int[] covered = feed.folder().parse(folder.getFileName().toString());
                try (Stream<Path> inFolder = Files.list(folder)) {
                    inFolder.filter(Files::isRegularFile).filter(LandingFile::isData)
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(p -> files.add(new LandingFile(p.toAbsolutePath().toString(),
                                    landingRoot.relativize(p).toString(), covered == null ? 0 : covered[0],
                                    covered == null ? 0 : covered[1], version(p))));
                }
            }
        }
        return files;
    }

    private static boolean isData(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("_") && !name.startsWith("~$");
    }

    private static int version(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Matcher m = CORRECTION.matcher(dot < 0 ? name : name.substring(0, dot));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
