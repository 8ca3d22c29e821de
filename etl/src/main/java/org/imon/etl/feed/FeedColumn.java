package org.imon.etl.feed;

import java.io.Serializable;
import java.util.List;

/**
 * One column of a department's file: its canonical name, the Chinese header the department writes
 * (and other spellings seen), how its cells are checked, and whether it must be present.
 */
public record FeedColumn(String name, String header, List<String> aliases, Kind kind, Presence presence)
        implements Serializable {

    public enum Kind { CREDIT_CODE, TEXT, REGION_CODE, INDUSTRY_CODE, AMOUNT, SIGNED_AMOUNT }

    public enum Presence {
        /** The column must exist and every row must fill it. */
        VALUE,
        /** The column must exist; a cell may be blank (none). */
        COLUMN,
        /** The column may be absent. */
        OPTIONAL
    }

    public boolean matches(String normalizedHeader) {
        return Headers.normalize(header).equals(normalizedHeader)
                || aliases.stream().anyMatch(a -> Headers.normalize(a).equals(normalizedHeader));
    }
}
