package org.imon.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.imon.warehouse.schema.TableSchema;

/**
 * The committed Parquet files of one published table in a snapshot, grouped by partition folder
 * ({@code year=2026/period=10}, or {@code ""} for a table without partitions), each partition with a
 * fingerprint of its files' names, sizes and modification times. The load writes a partition it
 * touches anew and hard-links the others from the previous snapshot, so an unchanged fingerprint
 * means unchanged rows and the build need not read that partition again.
 */
public record SourcePartitions(String table, Map<String, List<Path>> files, Map<String, String> fingerprints) {

    public static SourcePartitions of(TableSchema table, Path dir) {
        Map<String, List<Path>> files = new TreeMap<>();
        Map<String, String> fingerprints = new TreeMap<>();
        if (dir != null) {
            Map<String, StringBuilder> prints = new LinkedHashMap<>();
            for (Path file : ParquetFolders.committedFiles(dir)) {
                Path relative = dir.relativize(file);
                String partition = relative.getParent() == null ? "" : relative.getParent().toString();
                files.computeIfAbsent(partition, p -> new ArrayList<>()).add(file);
                try {
                    prints.computeIfAbsent(partition, p -> new StringBuilder()).append(relative.getFileName())
                            .append(':').append(Files.size(file)).append(':')
                            .append(Files.getLastModifiedTime(file).toMillis()).append(';');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            prints.forEach((partition, print) -> fingerprints.put(partition, print.toString()));
        }
        return new SourcePartitions(table.name(), files, fingerprints);
    }

    /** The value of a partition column in a partition folder's name ({@code year=2026/period=10} → 2026 for year). */
    public static String value(String partition, String column) {
        for (String part : partition.split("/")) {
            if (part.startsWith(column + "=")) {
                return part.substring(column.length() + 1);
            }
        }
        throw new IllegalArgumentException("no " + column + " in partition " + partition);
    }
}
