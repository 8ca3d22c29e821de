package org.imon.etl.landing;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.imon.warehouse.ReportingPeriod;

/**
 * A file as a department sent it: {@code landing/<feed>/<YYYY-MM>/<name>}. The folder names the
 * year-to-date period by its last month, so {@code 2024-02} is 1-2月 and {@code 2024-06} is 1-6月.
 *
 * @param path     absolute path
 * @param relative path under the landing folder, as quarantine and lineage show it
 * @param year     report year, or 0 when the folder does not name a reporting period
 * @param period   last month of the period, or 0 when the folder does not name a reporting period
 */
public record LandingFile(String path, String relative, int year, int period) implements Serializable {

    /** Whether the folder names a reporting period (a month-1-only folder does not). */
    public boolean hasValidPeriod() {
        return year > 0;
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
                Optional<ReportingPeriod> folderPeriod = ReportingPeriod.parse(folder.getFileName().toString());
                int year = folderPeriod.map(ReportingPeriod::year).orElse(0);
                int period = folderPeriod.map(ReportingPeriod::period).orElse(0);
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
