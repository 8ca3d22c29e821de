package org.imon.etl.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.SparkSession;

import org.imon.warehouse.profile.CityProfile;

/** {@code imon load}: every feed in the landing folder into the published Parquet tables. */
public final class LandingLoad {
    private LandingLoad() {
    }

    /**
     * @param quarantineDir this load's quarantine folder ({@code quarantine/<load id>/})
     * @return one report per feed
     */
    public static List<FeedLoadReport> run(SparkSession spark, CityProfile profile, Path landingRoot,
            Path publishedRoot, Path quarantineDir) throws IOException {
        FeedLoadReport enterprises = EnterpriseMonthlyLoad.run(spark, landingRoot, publishedRoot, quarantineDir,
                profile.id());
        RegionDimension.write(spark, profile, publishedRoot);
        return List.of(enterprises);
    }
}
