package org.imon.warehouse;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year-to-date reporting period (报告期), 1-N月 of a year: the one type for a period everywhere
 * outside the load's internals. January is never published alone (1月 is reported together with 2月),
 * so N runs from 2 (1-2月) to 12 (1-12月). Written {@code YYYY-MM} with MM = N, as in landing folder
 * names, report folders and on the command line; stored as {@code year=…/period=…} partitions.
 */
public record ReportingPeriod(int year, int period) implements Comparable<ReportingPeriod> {
    /** The first period of a year: 1-2月. */
    public static final int FIRST = 2;
    public static final int LAST = 12;

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Comparator<ReportingPeriod> ORDER =
            Comparator.comparingInt(ReportingPeriod::year).thenComparingInt(ReportingPeriod::period);

    public ReportingPeriod {
        if (period < FIRST || period > LAST) {
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
        return month < FIRST || month > LAST ? Optional.empty()
                : Optional.of(new ReportingPeriod(Integer.parseInt(m.group(1)), month));
    }

    /** "2024年1-6月": how circulars and file names name the period. */
    public String label() {
        return year + "年1-" + period + "月";
    }

    /** The Parquet partition folder of the period's rows: {@code year=2024/period=6}. */
    public String partitionPath() {
        return "year=" + year + "/period=" + period;
    }

    /** The period after this one: 1-12月 is followed by next year's 1-2月. */
    public ReportingPeriod next() {
        return period == LAST ? new ReportingPeriod(year + 1, FIRST) : new ReportingPeriod(year, period + 1);
    }

    /** The period before this one: 1-2月 is preceded by last year's 1-12月. */
    public ReportingPeriod previous() {
        return period == FIRST ? new ReportingPeriod(year - 1, LAST) : new ReportingPeriod(year, period - 1);
    }

    /** 上年同期: the same months of the year before. */
    public ReportingPeriod sameTimeLastYear() {
        return new ReportingPeriod(year - 1, period);
    }

    /** 1-6月 of the year this period falls in or, before June, of the year before: the latest 双过半 period. */
    public ReportingPeriod latestFirstHalf() {
        return new ReportingPeriod(period >= 6 ? year : year - 1, 6);
    }

    public boolean isAfter(ReportingPeriod other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        return ORDER.compare(this, other);
    }

    /** {@code YYYY-MM}, as written on the command line and in folder names. */
    @Override
    public String toString() {
        return String.format("%d-%02d", year, period);
    }
}
