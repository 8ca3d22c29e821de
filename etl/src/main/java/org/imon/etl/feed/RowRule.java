package org.imon.etl.feed;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule between a row's cells, from a feed file's {@code # check:} lines, such as a problem's deadline
 * not before the day it was raised (办结时限不早于反映日期) or a closing date wherever the status says
 * closed (已办结须有办结日期). Dates are compared as the ISO {@code YYYY-MM-DD} the reader makes of them.
 *
 * @param column the column the rule is about, named in a rejection
 * @param test   how it is judged
 * @param other  the column it is judged against (none for {@link Test#WITHIN_FOLDER})
 * @param value  the other column's value that triggers it ({@link Test#REQUIRED_WHEN}, {@link Test#BLANK_WHEN})
 */
public record RowRule(String column, Test test, String other, String value) implements Serializable {

    public enum Test {
        /** A date not earlier than the other column's date. */
        NOT_BEFORE,
        /** A value wherever the other column holds the given value. */
        REQUIRED_WHEN,
        /** No value wherever the other column holds the given value. */
        BLANK_WHEN,
        /** A date not after the last day of the month its folder stands for. */
        WITHIN_FOLDER
    }

    private static final Pattern RULE = Pattern.compile(
            "(\\w+)\\s+(not_before|required_when|blank_when|within_folder)(?:\\s+(\\w+)(?:=(\\S+))?)?");

    static RowRule parse(String text) {
        Matcher m = RULE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a check: " + text);
        }
        return new RowRule(m.group(1), Test.valueOf(m.group(2).toUpperCase(Locale.ROOT)), m.group(3), m.group(4));
    }
}
