package org.imon.etl.sample;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.imon.warehouse.reference.CsvRecords;

/**
 * 春节: the lunar new year's date each year, from {@code sample/spring_festival.csv}, and the share of
 * a year's activity it takes out of the months around it. Factories stop from about a week before the
 * festival to about three weeks after, so a festival in late January weighs on January, one in mid
 * February on February, and a late one on March too, which is what makes 1-2月 of one year
 * compare unevenly with 1-2月 of another.
 */
final class SpringFestival {
    static final String RESOURCE = "sample/spring_festival.csv";
    /** Days of slack before and after the festival. */
    static final int DAYS_BEFORE = 7;
    static final int DAYS_AFTER = 20;
    /** Share of a year's output lost over the whole slack, spread evenly over its days. */
    static final double YEAR_SHARE_LOST = 0.02;

    private final Map<Integer, LocalDate> dates = new TreeMap<>();

    private SpringFestival() {
    }

    static SpringFestival load() {
        SpringFestival festival = new SpringFestival();
        for (Map<String, String> r : CsvRecords.read(RESOURCE)) {
            festival.dates.put(Integer.parseInt(r.get("year")), LocalDate.parse(r.get("date")));
        }
        return festival;
    }

    LocalDate date(int year) {
        LocalDate date = dates.get(year);
        if (date == null) {
            throw new IllegalArgumentException(RESOURCE + " has no Spring Festival date for " + year);
        }
        return date;
    }

    /** What the festival takes from each month in an average year of the table: a normal year's season already has it. */
    double[] averageLoss() {
        double[] average = new double[12];
        for (int year : dates.keySet()) {
            double[] loss = loss(year);
            for (int m = 0; m < 12; m++) {
                average[m] += loss[m];
            }
        }
        for (int m = 0; m < 12; m++) {
            average[m] /= dates.size();
        }
        return average;
    }

    /**
     * What the festival takes from each month of a year (January … December), as a share of the year:
     * the slack's days falling in that month times the loss per day. The months lose, and the rest of
     * the year gains back the same total, so a year's sum is unchanged.
     */
    double[] loss(int year) {
        LocalDate festival = date(year);
        double perDay = YEAR_SHARE_LOST / (DAYS_BEFORE + DAYS_AFTER + 1);
        double[] loss = new double[12];
        for (LocalDate d = festival.minusDays(DAYS_BEFORE); !d.isAfter(festival.plusDays(DAYS_AFTER)); d = d.plusDays(1)) {
            if (d.getYear() == year) {
                loss[d.getMonthValue() - 1] += perDay;
            }
        }
        return loss;
    }
}
