package org.imon.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Ledger tables kept as JSON lines ({@code <table>/*.jsonl}) rather than Parquet: written by
 * processes that append one record at a time, such as e-mail delivery.
 */
public final class JsonLines {
    public static final String EXTENSION = ".jsonl";

    private JsonLines() {
    }

    /** Whether a table's folder holds JSON-lines files directly in it. */
    public static boolean containsJsonLines(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(EXTENSION));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
