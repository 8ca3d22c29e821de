package org.imon.etl.sample;

import java.time.LocalDate;
import java.time.YearMonth;

import org.imon.warehouse.ReportingPeriod;

/**
 * What {@code imon sample} generates.
 *
 * @param seed        the same seed gives byte-identical files
 * @param firstYear   first report year
 * @param lastYear    last report year
 * @param lastPeriod  last period of the last year (2 = 1-2月 … 12 = 1-12月)
 * @param enterprises above-scale enterprises in the first year (the profile's {@code sample.enterprises} by default)
 * @param defects     plant bad input, listed in {@code landing/_manifest/defects.csv}
 * @param utf8Csv     every file a UTF-8 CSV (no .xlsx, no GB18030), so that any CSV reader can read
 *                    exactly what the load reads, as a benchmark's peer must
 */
public record SampleOptions(long seed, int firstYear, int lastYear, int lastPeriod, int enterprises, boolean defects,
        boolean utf8Csv) {

    public static final long DEFAULT_SEED = 4110L;
    public static final int DEFAULT_FIRST_YEAR = 2015;

    public SampleOptions {
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("起始年份不能晚于结束年份");
        }
        if (lastPeriod < 2 || lastPeriod > 12) {
            throw new IllegalArgumentException("最后一期应为 2 至 12 月");
        }
        if (enterprises < 100) {
            throw new IllegalArgumentException("企业数至少为 100（百户名单需要 100 家企业）");
        }
    }

    /** The last period written. */
    public ReportingPeriod last() {
        return new ReportingPeriod(lastYear, lastPeriod);
    }

    /** The files as departments send them: CSV in UTF-8 or GB18030, and .xlsx. */
    public SampleOptions(long seed, int firstYear, int lastYear, int lastPeriod, int enterprises, boolean defects) {
        this(seed, firstYear, lastYear, lastPeriod, enterprises, defects, false);
    }

    /**
     * The latest complete period on a date: a month's figures are published in the following month,
     * and 1月 alone never is, so in January and February the latest is last year's 1-12月.
     */
    public static ReportingPeriod latestCompletePeriod(LocalDate today) {
        YearMonth previous = YearMonth.from(today).minusMonths(1);
        return previous.getMonthValue() == 1 ? new ReportingPeriod(previous.getYear() - 1, ReportingPeriod.LAST)
                : new ReportingPeriod(previous.getYear(), previous.getMonthValue());
    }
}
