package org.imon.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/data-dictionary.md documents every table and view column, and is what the generator writes today. */
class DataDictionaryTest {
    @Test
    void theCommittedDictionaryIsUpToDate() throws Exception {
        String generated = DataDictionary.render();
        for (String name : new String[] {"mart_region_indicator", "mart_cluster_progress", "mart_target_tracking",
                "fact_enterprise_period", "etl_load"}) {
            assertTrue(generated.contains("### `" + name + "`"), name);
        }
        assertTrue(generated.contains("| `double_half_met` | 双过半 |"));
        assertEquals(generated, Files.readString(Path.of("..", "docs", "data-dictionary.md")),
                "docs/data-dictionary.md is out of date: run bin/imon dictionary");
    }
}
