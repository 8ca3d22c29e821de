package org.imon.warehouse.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * How the nightly schedule judges a city's data (数据齐备与质量): which feeds a period's circular
 * needs, when they are due, and how many rejected rows a load may have.
 *
 * @param timeZone              the city's clock, for the day a night belongs to
 * @param requiredFeeds         feeds that must have arrived for a period to be complete
 * @param dueDay                day of month N+1 by which 1-N月's required feeds are due
 * @param maxQuarantinePercent  rows a load may reject per feed, in percent of the rows it read
 */
public record Schedule(ZoneId timeZone, List<String> requiredFeeds, int dueDay, BigDecimal maxQuarantinePercent) {

    public Schedule {
        if (dueDay < 1 || dueDay > 28) {
            throw new IllegalStateException("city profile: schedule.due.day must be 1 to 28, was " + dueDay);
        }
        if (requiredFeeds.isEmpty()) {
            throw new IllegalStateException("city profile: schedule.required.feeds names no feed");
        }
    }

    /** The day 1-{@code month}月 of {@code year} is due: its due day in the following month. */
    public LocalDate dueDate(int year, int month) {
        return LocalDate.of(year, month, 1).plusMonths(1).withDayOfMonth(dueDay);
    }
}
