package org.imon.etl.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one landing folder, and the partition it becomes, covers: a year and a month. Wider than
 * {@link org.imon.warehouse.ReportingPeriod}, which is 1-2月 … 1-12月 only: electricity and VAT come
 * by calendar month, January included, and targets, lists and benchmarks by year (month 0).
 */
record PeriodKey(int year, int period) implements Comparable<PeriodKey> {
    private static final Pattern PARTITION = Pattern.compile("year=(\\d+)(?:/period=(\\d+))?");

    /** The folder's year and month, as {@link org.imon.etl.feed.FolderKind#parse} gives them. */
    static PeriodKey of(int[] yearAndMonth) {
        return new PeriodKey(yearAndMonth[0], yearAndMonth[1]);
    }

    /** Reads a partition path such as {@code year=2024/period=6}, or {@code year=2024} (month 0). */
    static PeriodKey ofPartition(String path) {
        Matcher m = PARTITION.matcher(path);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period partition: " + path);
        }
        return new PeriodKey(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    /** The partition of a table partitioned by year and period: {@code year=2024/period=6}. */
    String partition() {
        return "year=" + year + "/period=" + period;
    }

    /** The partition of a table partitioned by year alone: {@code year=2024}. */
    String yearPartition() {
        return "year=" + year;
    }

    /** The period just before, in the same year (1-5月 before 1-6月). */
    PeriodKey previous() {
        return new PeriodKey(year, period - 1);
    }

    @Override
    public int compareTo(PeriodKey other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(period, other.period);
    }
}
