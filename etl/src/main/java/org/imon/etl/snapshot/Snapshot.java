package org.imon.etl.snapshot;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * One published state of every table: a folder {@code snapshots/<id>/<table>/…} of Parquet files and
 * what it was built from.
 *
 * @param id         the load that wrote it
 * @param parent     the snapshot it was built on, or null for the first
 * @param created    when it was committed
 * @param dir        its folder
 * @param rowCounts  rows per table
 */
public record Snapshot(String id, String parent, Instant created, Path dir, Map<String, Long> rowCounts) {
}
