package org.imon.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Folders of Parquet files as Spark writes them, and their removal. */
public final class ParquetFolders {
    private ParquetFolders() {
    }

    /** Whether a table's folder holds any committed data file (Spark writes none for an empty table). */
    public static boolean containsParquet(Path dir) {
        return !committedFiles(dir).isEmpty();
    }

    /**
     * The data files of a table's folder that a writer has committed, in a stable order. What lies
     * under a name starting with "_" or "." is not: Spark's {@code _temporary} holds a killed writer's
     * half-written (even empty) files, which no reader may meet.
     */
    public static List<Path> committedFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".parquet") && Files.isRegularFile(p))
                    .filter(p -> committed(dir.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean committed(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith("_") || part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** Removes a folder and everything in it; a missing folder is fine. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
