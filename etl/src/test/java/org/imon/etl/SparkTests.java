package org.imon.etl;

import org.apache.spark.sql.SparkSession;

import org.imon.etl.spark.Sparks;

/** One local Spark session for every test class of the run: starting one takes seconds. */
public final class SparkTests {
    private static SparkSession spark;

    private SparkTests() {
    }

    public static synchronized SparkSession session() {
        if (spark == null) {
            spark = Sparks.session("local[2]");
        }
        return spark;
    }
}
