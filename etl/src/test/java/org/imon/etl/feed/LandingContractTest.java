package org.imon.etl.feed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.imon.etl.validate.RejectReason;

/** docs/landing-formats.md is the analysts' contract: it must name every feed, header and reason the loader knows. */
class LandingContractTest {
    private static final Path CONTRACT = Path.of("..", "docs", "landing-formats.md");

    @Test
    void theContractDocumentsEveryFeedColumnAndReason() throws Exception {
        String doc = Files.readString(CONTRACT);
        for (String name : FeedSpec.ALL) {
            FeedSpec feed = FeedSpec.load(name);
            assertTrue(doc.contains("## " + name + " "), "section for " + name);
            assertTrue(doc.contains("`landing/" + name + "/"), "folder of " + name);
            for (FeedColumn column : feed.columns()) {
                assertTrue(doc.contains("| " + column.header() + " |"), name + ": header " + column.header());
                assertTrue(doc.contains("`" + column.name() + "`"), name + ": column " + column.name());
                column.aliases().forEach(a -> assertTrue(doc.contains(a), name + ": alias " + a));
            }
        }
        for (RejectReason reason : RejectReason.values()) {
            assertTrue(doc.contains("`" + reason.name() + "`"), "reason " + reason);
        }
    }
}
