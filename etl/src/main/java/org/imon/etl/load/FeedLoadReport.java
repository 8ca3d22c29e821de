package org.imon.etl.load;

import java.nio.file.Path;
import java.util.List;

import org.imon.etl.validate.Rejection;

/**
 * What one feed's load did: its files in the landing folder and those read (their folder changed),
 * rows read, rows published, rows replaced by a correction (更正), and the problems set aside.
 *
 * @param quarantineFile where the rejections were written, or null when there were none
 * @param deferred       files that changed while the load read them (still being copied in), left
 *                       unpublished for the next load
 */
public record FeedLoadReport(String feed, int files, int filesRead, long rowsRead, long rowsPublished,
        long rowsSuperseded, List<Rejection> rejections, Path quarantineFile, List<String> deferred) {

    /** Rows set aside: each rejected row once, however many problems it had. */
    public long rowsRejected() {
        return rowsRead - rowsPublished - rowsSuperseded;
    }

    /** Whole files rejected (bad encoding, header or folder). */
    public long filesRejected() {
        return rejections.stream().filter(r -> r.row() == 0).count();
    }
}
