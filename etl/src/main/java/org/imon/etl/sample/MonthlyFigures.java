package org.imon.etl.sample;

import java.util.SplittableRandom;

/**
 * An enterprise's twelve months of one year, in tenths of 万元: revenue, gross output and profit.
 * Drawn from a generator seeded by the enterprise and the year alone, so the same months come out
 * whether they are written as this year's figures or, a year later, as 上年同期.
 */
record MonthlyFigures(long[] revenue, long[] output, long[] profit) {

    static MonthlyFigures of(SampleEnterprise e, int year) {
        SplittableRandom random = new SplittableRandom(e.seed() * 1_000_003L + year);
        double level = e.level(year);
        long[] revenue = new long[12];
        long[] output = new long[12];
        long[] profit = new long[12];
        for (int m = 1; m <= 12; m++) {
            double r = Math.max(0, level * GrowthPath.monthWeight(year, m) * (1 + random.nextGaussian() * 0.03));
            revenue[m - 1] = Math.round(r * 10);
            output[m - 1] = Math.round(r * e.outputRatio() * 10);
            profit[m - 1] = Math.round(r * e.margin() * (1 + random.nextGaussian() * 0.3) * 10);
        }
        return new MonthlyFigures(revenue, output, profit);
    }

    static long ytd(long[] months, int period) {
        long sum = 0;
        for (int m = 0; m < period; m++) {
            sum += months[m];
        }
        return sum;
    }
}
