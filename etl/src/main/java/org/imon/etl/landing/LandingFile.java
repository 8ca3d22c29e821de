package org.imon.etl.landing;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A file as a department sent it: {@code landing/<feed>/<YYYY-MM>/<name>}. The folder names the
 * year-to-date period by its last month, so {@code 2024-02} is 1-2月 and {@code 2024-06} is 1-6月.
 *
 * @param path     absolute path
 * @param relative path under the landing folder, as quarantine and lineage show it
 * @param year     report year, or 0 when the folder name is not a period
 * @param period   last month of the period, or 0 when the folder name is not a period
 */
public record LandingFile(String path, String relative, int year, int period) implements Serializable {

    private static final Pattern PERIOD_FOLDER = Pattern.compile("(\\d{4})-(\\d{2})");

    /** 1月 is never published alone: a year's first period is 1-2月. */
    public boolean hasValidPeriod() {
        return year > 0 && period >= 2 && period <= 12;
    }

    /** Every data file of a feed, in a stable order. Hidden files and folders are skipped. */
    public static List<LandingFile> list(Path landingRoot, String feed) throws IOException {
        Path feedDir = landingRoot.resolve(feed);
        List<LandingFile> files = new ArrayList<>();
        if (!Files.isDirectory(feedDir)) {
            return files;
        }
        try (Stream<Path> folders = Files.list(feedDir)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Matcher m = PERIOD_FOLDER.matcher(folder.getFileName().toString());
                int year = m.matches() ? Integer.parseInt(m.group(1)) : 0;
                int period = m.matches() ? Integer.parseInt(m.group(2)) : 0;
                try (Stream<Path> inFolder = Files.list(folder)) {
                    inFolder.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(p -> files.add(new LandingFile(p.toAbsolutePath().toString(),
                                    landingRoot.relativize(p).toString(), year, period)));
                }
            }
        }
        return files;
    }
}
