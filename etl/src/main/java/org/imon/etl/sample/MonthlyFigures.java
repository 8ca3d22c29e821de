package org.imon.etl.sample;

import java.util.SplittableRandom;

/**
 * An enterprise's twelve months of one year, in tenths of 万元: revenue, gross output and profit.
 * Drawn from a generator seeded by the enterprise and the year alone, so the same months come out
 * whether they are written as this year's figures or, a year later, as 上年同期.
 */
record MonthlyFigures(long[] revenue, long[] output, long[] profit) {
    /** Margin of each month against the year's: the Spring Festival months carry the fixed costs, December books the year's closing. */
    private static final double[] MARGIN_SEASON = {-0.015, -0.015, 0.001, 0.001, 0.001, 0.001, 0.001, 0.001, 0.001,
            0.001, 0.001, 0.009};
    /** Standard deviation of an enterprise's margin in one year around its usual. */
    static final double MARGIN_YEAR_SD = 0.025;

    static MonthlyFigures of(SampleEnterprise e, int year) {
        SplittableRandom random = new SplittableRandom(e.seed() * 1_000_003L + year);
        CityEconomy economy = e.economy();
        double level = e.level(year);
        double[] weights = economy.path().monthWeights(year);
        double ratio = e.outputRatio() * economy.industries().outputRatio(e.mixRow(), year)
                * (1 + random.nextGaussian() * 0.015);
        double margin = e.margin() + economy.industries().margin(e.mixRow(), year) + GrowthPath.marginShift(year)
                + random.nextGaussian() * MARGIN_YEAR_SD;
        long[] revenue = new long[12];
        long[] output = new long[12];
        long[] profit = new long[12];
        for (int m = 1; m <= 12; m++) {
            double r = Math.max(0, level * weights[m - 1]
                    * economy.regions().factor(e.regionIn(year), year, m) * (1 + random.nextGaussian() * 0.03));
            revenue[m - 1] = Math.round(r * 10);
            output[m - 1] = Math.round(r * ratio * 10);
            profit[m - 1] = Math.round(r * (margin + MARGIN_SEASON[m - 1]) * (1 + random.nextGaussian() * 0.3) * 10);
        }
        return new MonthlyFigures(revenue, output, profit);
    }

    /** The same months scaled, each rounded to a tenth, so year-to-date sums stay sums of months. */
    MonthlyFigures times(double factor) {
        if (factor == 1) {
            return this;
        }
        return new MonthlyFigures(scaled(revenue, factor), scaled(output, factor), scaled(profit, factor));
    }

    private static long[] scaled(long[] months, double factor) {
        long[] scaled = new long[12];
        for (int m = 0; m < 12; m++) {
            scaled[m] = Math.round(months[m] * factor);
        }
        return scaled;
    }

    static long ytd(long[] months, int period) {
        long sum = 0;
        for (int m = 0; m < period; m++) {
            sum += months[m];
        }
        return sum;
    }
}
