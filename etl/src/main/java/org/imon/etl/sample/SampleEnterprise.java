package org.imon.etl.sample;

/**
 * One above-scale enterprise of the sample city and its monthly figures, in tenths of 万元 so that
 * every year-to-date sum is exact. The previous year's months are kept for the 上年同期 columns.
 */
final class SampleEnterprise {
    final String creditCode;
    final String name;
    /** Its region as coded today; the code it reports under may differ in earlier years. */
    final String currentRegion;
    final String industryCode;
    final double margin;
    final double outputRatio;
    /** Revenue of a normal year at this year's level, before seasonality and shocks, in 万元. */
    double annualRevenue;

    long[] revenue = new long[12];
    long[] output = new long[12];
    long[] profit = new long[12];
    long[] lastRevenue = new long[12];
    long[] lastOutput = new long[12];
    long[] lastProfit = new long[12];

    SampleEnterprise(String creditCode, String name, String currentRegion, String industryCode, double margin,
            double outputRatio, double annualRevenue) {
        this.creditCode = creditCode;
        this.name = name;
        this.currentRegion = currentRegion;
        this.industryCode = industryCode;
        this.margin = margin;
        this.outputRatio = outputRatio;
        this.annualRevenue = annualRevenue;
    }

    /** Moves this year's months into last year's, ready for the next year. */
    void closeYear() {
        lastRevenue = revenue;
        lastOutput = output;
        lastProfit = profit;
        revenue = new long[12];
        output = new long[12];
        profit = new long[12];
    }

    static long ytd(long[] months, int period) {
        long sum = 0;
        for (int m = 0; m < period; m++) {
            sum += months[m];
        }
        return sum;
    }
}
