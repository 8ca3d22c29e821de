package org.imon.warehouse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year-to-date reporting period, 1-N月 of a year. January is never published alone, so N runs
 * from 2 (1-2月) to 12 (1-12月). Written {@code YYYY-MM} with MM = N, as in landing folder names and
 * on the command line.
 */
public record ReportingPeriod(int year, int period) {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-(\\d{2})");

    public ReportingPeriod {
        if (period < 2 || period > 12) {
            throw new IllegalArgumentException("报告期应为 1-2月 至 1-12月（月份 02 至 12），实际为 " + period);
        }
    }

    /** Parses {@code YYYY-MM}; empty when the text is not of that form or names a month-1-only period. */
    public static Optional<ReportingPeriod> parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        return month < 2 || month > 12 ? Optional.empty()
                : Optional.of(new ReportingPeriod(Integer.parseInt(m.group(1)), month));
    }

    /** "2024年1-6月". */
    public String label() {
        return year + "年1-" + period + "月";
    }

    @Override
    public String toString() {
        return String.format("%d-%02d", year, period);
    }
}
