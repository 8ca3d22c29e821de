package org.imon.etl.feed;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.imon.warehouse.Resources;

/**
 * A department's feed: the folder its files land in, and its columns, from
 * {@code feeds/<name>.tsv}. The feed's canonical column names are those of the published table.
 */
public record FeedSpec(String name, List<FeedColumn> columns) implements Serializable {

    public static FeedSpec load(String name) {
        String path = "feeds/" + name + ".tsv";
        List<FeedColumn> columns = new ArrayList<>();
        boolean headerSeen = false;
        for (String line : Resources.lines(path)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                continue;
            }
            String[] f = line.split("\t", -1);
            columns.add(new FeedColumn(f[0], f[1],
                    f[2].isBlank() ? List.of() : Arrays.asList(f[2].split("\\|")),
                    FeedColumn.Kind.valueOf(f[3].toUpperCase(Locale.ROOT)),
                    FeedColumn.Presence.valueOf(f[4].toUpperCase(Locale.ROOT))));
        }
        return new FeedSpec(name, List.copyOf(columns));
    }

    /**
     * Finds each feed column in a file's header row. Returns, per feed column, the index in the file
     * (or -1 when an optional column is absent), or the list of missing required columns.
     */
    public HeaderMatch match(List<String> fileHeader) {
        int[] positions = new int[columns.size()];
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            FeedColumn column = columns.get(c);
            positions[c] = indexOf(column, fileHeader);
            if (positions[c] < 0 && column.presence() != FeedColumn.Presence.OPTIONAL) {
                missing.add(column.header());
            }
        }
        return new HeaderMatch(positions, missing);
    }

    public Optional<FeedColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** Expected headers, for the message that tells an analyst what a rejected file should have had. */
    public List<String> requiredHeaders() {
        return columns.stream().filter(c -> c.presence() != FeedColumn.Presence.OPTIONAL)
                .map(FeedColumn::header).toList();
    }

    private static int indexOf(FeedColumn column, List<String> fileHeader) {
        for (int i = 0; i < fileHeader.size(); i++) {
            if (column.matches(Headers.normalize(fileHeader.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** Where each feed column sits in a file, and which required columns it lacks. */
    public record HeaderMatch(int[] positions, List<String> missing) {
        public boolean complete() {
            return missing.isEmpty();
        }
    }
}
