package org.imon.etl.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark session every load uses. */
public final class Sparks {
    public static final String DEFAULT_MASTER = "local[*]";

    private Sparks() {
    }

    public static SparkSession session(String master) {
        return SparkSession.builder()
                .appName("imon")
                .master(master)
                // DuckDB reads Parquet timestamps as UTC; keep Spark on UTC so nothing shifts.
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                // Loading a period rewrites that period's partitions and no others.
                .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
                // The city's data is small; the default 200 shuffle partitions only add overhead.
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
    }
}
