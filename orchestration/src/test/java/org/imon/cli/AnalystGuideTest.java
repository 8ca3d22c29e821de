package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.cli.CommandLineTest.Run;

/** Every query in docs/analyst-guide.md runs through {@code imon sql} on the sample city and answers with rows. */
@Tag("slow")
class AnalystGuideTest {
    private static final Pattern SQL_BLOCK = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void everyQueryAnswersOnTheSampleCity() throws Exception {
        String home = SampleHome.copyTo(dir.resolve("home")).toString();

        List<String> queries = new ArrayList<>();
        Matcher m = SQL_BLOCK.matcher(Files.readString(Path.of("..", "docs", "analyst-guide.md")));
        while (m.find()) {
            queries.add(m.group(1).trim());
        }
        assertEquals(19, queries.size(),
                "seventeen questions from the policy documents, the industry benchmarks and the peer ranking");
        for (String query : queries) {
            Run run = CommandLineTest.imon("--home", home, "sql", "--format", "csv", query);
            assertEquals(0, run.exitCode(), query + "\n" + run.err());
            assertFalse(run.out().lines().count() < 2, "no rows for:\n" + query);
        }
    }
}
