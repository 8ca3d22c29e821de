package org.imon.etl.sample;

import java.util.SplittableRandom;

/**
 * 上年同期 restated: about one continuing enterprise in fourteen reports last year's figures differently
 * from what it reported a year ago. Most have absorbed another unit (a merger): from that year on they
 * are 5–40% larger, and their 上年同期 includes the unit, so their comparable growth is unchanged
 * while last year's published total lacks the unit. The others had their base corrected, up or down
 * 2–12%. Comparable growth uses the restated base, growth on last year's published total does not;
 * the gap between the two is what the warehouse is there to show.
 */
final class RestatedBase {
    static final double CHANCE = 0.07;
    static final double MERGER_SHARE = 0.6;

    private RestatedBase() {
    }

    /** The enterprise's last-year months as this year's report gives them. */
    static MonthlyFigures lastYearAsReported(SampleEnterprise e, int year) {
        Change change = change(e.seed(), e.entryYear(), year);
        return e.figures(year - 1).times(change.merger * change.correction);
    }

    /**
     * How much larger an enterprise (by its seed and entry year) is in a year for the units it has
     * absorbed since it entered: its revenue levels carry it.
     */
    static double absorbed(long seed, int entryYear, int year) {
        double size = 1;
        for (int y = entryYear + 1; y <= year; y++) {
            size *= change(seed, entryYear, y).merger;
        }
        return size;
    }

    /** A year's restatement: a merger's growth and a correction of the base, each 1 when there is none. */
    private record Change(double merger, double correction) {
    }

    private static Change change(long seed, int entryYear, int year) {
        if (year <= entryYear) {
            return new Change(1, 1);
        }
        SplittableRandom random = new SplittableRandom(seed * 6_151L + year * 3L + 1);
        if (random.nextDouble() >= CHANCE) {
            return new Change(1, 1);
        }
        if (random.nextDouble() < MERGER_SHARE) {
            return new Change(1.05 + random.nextDouble() * 0.35, 1);
        }
        double correction = 0.02 + random.nextDouble() * 0.10;
        return new Change(1, random.nextBoolean() ? 1 + correction : 1 - correction);
    }
}
