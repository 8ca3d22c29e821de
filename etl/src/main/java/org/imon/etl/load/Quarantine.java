package org.imon.etl.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imon.etl.validate.Rejection;
import org.imon.warehouse.reference.CsvRecords;

/**
 * Writes a feed's rejections to {@code quarantine/<load id>/<feed>.csv}, one line per problem, with
 * a byte-order mark so that Excel shows the Chinese correctly.
 */
public final class Quarantine {
    private static final String HEADER = "文件,行号,列,值,原因代码,原因";

    private Quarantine() {
    }

    public static Path write(Path loadDir, String feed, List<Rejection> rejections) throws IOException {
        Files.createDirectories(loadDir);
        Path file = loadDir.resolve(feed + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(HEADER);
            out.write('\n');
            for (Rejection r : rejections) {
                out.write(String.join(",", CsvRecords.field(r.file()), r.row() == 0 ? "" : Long.toString(r.row()),
                        CsvRecords.field(r.column()), CsvRecords.field(r.value()), r.reason().name(), CsvRecords.field(r.message())));
                out.write('\n');
            }
        }
        return file;
    }
}
