package org.imon.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.ReportingPeriod;

/**
 * What the nightly schedule remembers between nights, in {@code state/} under the home, so that a
 * night does only what is new and a failed night's work is picked up by the next:
 * <ul>
 * <li>{@code warehouse.snapshot}: the snapshot {@code warehouse.duckdb} was built from;</li>
 * <li>{@code reports.tsv}: per period, the fingerprint of the files its reports were rendered from;</li>
 * <li>{@code quality-hold.tsv}: the snapshot whose load failed the data-quality gate, and why.</li>
 * </ul>
 * Each file is replaced whole by a rename, so a killed run leaves the previous version.
 */
final class HomeState {
    private final Path dir;

    HomeState(HomeLayout home) {
        this.dir = home.state();
    }

    Optional<String> warehouseSnapshot() throws IOException {
        List<String> lines = read("warehouse.snapshot");
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(0));
    }

    void warehouseBuiltFrom(String snapshotId) throws IOException {
        write("warehouse.snapshot", List.of(snapshotId));
    }

    /** Per period, the fingerprint its reports were last rendered from. */
    Map<String, String> rendered() throws IOException {
        Map<String, String> rendered = new TreeMap<>();
        for (String line : read("reports.tsv")) {
            String[] f = line.split("\t");
            rendered.put(f[0], f[1]);
        }
        return rendered;
    }

    void rendered(ReportingPeriod period, String fingerprint) throws IOException {
        Map<String, String> rendered = rendered();
        rendered.put(period.toString(), fingerprint);
        List<String> lines = new ArrayList<>();
        rendered.forEach((p, f) -> lines.add(p + "\t" + f + "\t" + Instant.now()));
        write("reports.tsv", lines);
    }

    /** The problems that hold back the reports of a snapshot, if its load failed the gate. */
    List<String> qualityHold(String snapshotId) throws IOException {
        List<String> lines = read("quality-hold.tsv");
        return !lines.isEmpty() && lines.get(0).equals(snapshotId) ? lines.subList(1, lines.size()) : List.of();
    }

    void holdForQuality(String snapshotId, List<String> problems) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(snapshotId);
        problems.forEach(p -> lines.add(p.replace('\n', ' ')));
        write("quality-hold.tsv", lines);
    }

    private List<String> read(String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList() : List.of();
    }

    private void write(String name, List<String> lines) throws IOException {
        Files.createDirectories(dir);
        Path partial = dir.resolve(name + ".partial");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
