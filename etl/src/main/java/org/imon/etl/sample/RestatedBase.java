package org.imon.etl.sample;

import java.util.SplittableRandom;

/**
 * 上年同期 restated: about one continuing enterprise in fourteen reports last year's figures differently
 * from what it reported a year ago: it absorbed another unit (a merger, the base rises 5–40%) or its
 * base was corrected (up or down 2–12%). Comparable growth uses the restated base, growth on last
 * year's published total does not; the gap between the two is what the warehouse is there to show.
 */
final class RestatedBase {
    static final double CHANCE = 0.07;
    static final double MERGER_SHARE = 0.6;

    private RestatedBase() {
    }

    /** The factor on an enterprise's own last-year figures in this year's report; 1 for most. */
    static double factor(SampleEnterprise e, int year) {
        if (year <= e.entryYear()) {
            return 1;
        }
        SplittableRandom random = new SplittableRandom(e.seed() * 6_151L + year * 3L + 1);
        if (random.nextDouble() >= CHANCE) {
            return 1;
        }
        if (random.nextDouble() < MERGER_SHARE) {
            return 1.05 + random.nextDouble() * 0.35;
        }
        double correction = 0.02 + random.nextDouble() * 0.10;
        return random.nextBoolean() ? 1 + correction : 1 - correction;
    }

    /** The enterprise's last-year months as this year's report gives them. */
    static MonthlyFigures lastYearAsReported(SampleEnterprise e, int year) {
        return e.figures(year - 1).times(factor(e, year));
    }
}
