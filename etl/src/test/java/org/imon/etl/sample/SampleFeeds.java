package org.imon.etl.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imon.etl.feed.FeedSpec;
import org.imon.etl.landing.LandingFile;
import org.imon.etl.load.FeedReader;
import org.imon.warehouse.profile.CityProfile;

/**
 * Reads a generated sample back through the loader's own reader, applying corrections (the highest
 * 更正 wins), so tests check the city as the warehouse will see it.
 */
final class SampleFeeds {
    private SampleFeeds() {
    }

    /** Every row of a feed, keyed by year, folder month and the feed's key, after corrections. */
    static Map<String, FeedReader.CheckedRow> rows(Path landing, String feedName) throws IOException {
        return rows(landing, feedName, CityProfile.DEFAULT_ID);
    }

    /** The same for another city's sample, read against that city's profile. */
    static Map<String, FeedReader.CheckedRow> rows(Path landing, String feedName, String profileId) throws IOException {
        FeedSpec feed = FeedSpec.load(feedName);
        FeedReader reader = new FeedReader(feed, profileId);
        List<FeedReader.CheckedRow> all = new ArrayList<>();
        for (LandingFile file : LandingFile.list(landing, feed)) {
            FeedReader.FileResult result = reader.read(file);
            assertEquals(List.of(), result.rejections(), file.relative());
            all.addAll(result.rows());
        }
        all.sort(Comparator.comparingInt(FeedReader.CheckedRow::version));
        Map<String, FeedReader.CheckedRow> byKey = new LinkedHashMap<>();
        for (FeedReader.CheckedRow row : all) {
            byKey.put(key(row.year(), row.period(), feed.key().stream().map(k -> String.valueOf(row.values().get(k)))
                    .toArray(String[]::new)), row);
        }
        return byKey;
    }

    static String key(int year, int period, String... parts) {
        return year + "/" + period + "/" + String.join("/", parts);
    }

    static BigDecimal amount(FeedReader.CheckedRow row, String column) {
        return (BigDecimal) row.values().get(column);
    }
}
