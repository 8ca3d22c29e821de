package org.imon.etl.feed;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.imon.warehouse.Resources;

/**
 * A department's feed, from {@code feeds/<name>.tsv}: how its folders are named, the columns that
 * identify a row (its key within a folder), the table it is published into, its columns and the rules
 * between a row's cells. The canonical column names are those of the published table.
 */
public record FeedSpec(String name, FolderKind folder, List<String> key, String publishedAs, List<FeedColumn> columns,
        List<RowRule> rules) implements Serializable {

    /** Every feed, in the order a load reads them. */
    public static final List<String> ALL = List.of("enterprise_monthly", "region_indicators", "electricity", "vat",
            "projects", "targets", "key_lists", "benchmarks", "enterprise_problems", "fixed_asset_investment",
            "energy_consumption", "capacity_utilization", "sei_register");

    public static FeedSpec load(String name) {
        String path = "feeds/" + name + ".tsv";
        List<FeedColumn> columns = new ArrayList<>();
        FolderKind folder = null;
        List<String> key = List.of();
        String publishedAs = null;
        List<RowRule> rules = new ArrayList<>();
        boolean headerSeen = false;
        for (String line : Resources.lines(path)) {
            if (line.startsWith("# folder:")) {
                folder = FolderKind.valueOf(directive(line).toUpperCase(Locale.ROOT));
            } else if (line.startsWith("# key:")) {
                key = Arrays.stream(directive(line).split(",")).map(String::trim).toList();
            } else if (line.startsWith("# published_as:")) {
                publishedAs = directive(line);
            } else if (line.startsWith("# check:")) {
                rules.add(RowRule.parse(directive(line)));
            }
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
        if (folder == null || key.isEmpty() || publishedAs == null) {
            throw new IllegalStateException(path + ": needs # folder:, # key: and # published_as: lines");
        }
        return new FeedSpec(name, folder, key, publishedAs, List.copyOf(columns), List.copyOf(rules));
    }

    private static String directive(String line) {
        return line.substring(line.indexOf(':') + 1).trim();
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

    /** The headers an analyst writes, with the unit of amounts, as the sample city's files carry them. */
    public List<String> writtenHeaders(String amountUnit) {
        return columns.stream().map(c -> c.kind() == FeedColumn.Kind.AMOUNT || c.kind() == FeedColumn.Kind.SIGNED_AMOUNT
                ? c.header() + "(" + amountUnit + ")" : c.header()).toList();
    }

    /** The column of a canonical name. */
    public FeedColumn column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this.name + ": no column " + name));
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
