package org.imon.etl.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import org.imon.etl.SparkTests;
import org.imon.etl.validate.Rejection;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.profile.CityProfile;

/**
 * Test loads: the folders one uses under a temporary home, laid out as {@code imon} lays them out,
 * a load of that home with the default city and the test run's one Spark session, and what it published.
 */
final class LoadHomes {
    private LoadHomes() {
    }

    static LandingLoad.Paths paths(Path home) {
        HomeLayout layout = new HomeLayout(home);
        return new LandingLoad.Paths(layout.landing(), layout.snapshots(), layout.staging(), layout.quarantine(),
                layout.ledger());
    }

    /** Loads {@code home}'s landing folder, keeping five snapshots. */
    static LandingLoad.Result load(Path home, String loadId) throws IOException {
        return load(home, loadId, 5, LandingLoad.Checkpoint.NONE);
    }

    static LandingLoad.Result load(Path home, String loadId, int keep, LandingLoad.Checkpoint checkpoint)
            throws IOException {
        return LandingLoad.run(SparkTests.session(), CityProfile.defaultProfile(), paths(home), loadId, keep,
                checkpoint);
    }

    /** A table as the load published it into its new snapshot. */
    static Dataset<Row> published(LandingLoad.Result result, String table) {
        return SparkTests.session().read().parquet(result.snapshot().dir().resolve(table).toString());
    }

    /** Each rejected row of a load's report: its file, column and reason. */
    static Map<Long, List<Object>> rejectionsByRow(FeedLoadReport report) {
        return report.rejections().stream().collect(Collectors.toMap(Rejection::row,
                r -> List.of(r.file(), r.column(), r.reason())));
    }

    /** The message of the first rejection of a row of a load's report. */
    static String rejectionMessage(FeedLoadReport report, long row) {
        return report.rejections().stream().filter(r -> r.row() == row).findFirst().orElseThrow().message();
    }
}
