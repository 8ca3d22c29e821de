package org.imon.etl.sample;

/**
 * The sample city's economy over time: yearly growth of above-scale revenue, the 2020 shock, and the
 * Spring Festival dip that makes 1-2月 weak.
 */
final class GrowthPath {
    /** Month weights of a normal year (January … December); 1-2月 together are low. */
    private static final double[] SEASON = {0.060, 0.062, 0.084, 0.084, 0.085, 0.088, 0.083, 0.084, 0.088, 0.088,
            0.091, 0.103};
    /** 2020: output collapsed in February and recovered from the spring. */
    private static final double[] SHOCK_2020 = {0.82, 0.48, 0.80, 0.93, 0.99, 1.02, 1.03, 1.04, 1.05, 1.05, 1.05, 1.06};

    private GrowthPath() {
    }

    /** Underlying growth of a continuing enterprise's revenue in a year, before its own variation. */
    static double yearGrowth(int year) {
        return switch (year) {
            case 2015 -> 0.085;
            case 2016 -> 0.080;
            case 2017 -> 0.078;
            case 2018 -> 0.072;
            case 2019 -> 0.068;
            case 2020 -> 0.010;
            case 2021 -> 0.095;
            case 2022 -> 0.052;
            case 2023 -> 0.048;
            default -> year < 2015 ? 0.09 : 0.058;
        };
    }

    /** Change of industrial producer prices (%): value-added growth at comparable prices removes it. */
    static double priceChange(int year) {
        return switch (year) {
            case 2015 -> -1.5;
            case 2016 -> -0.5;
            case 2017 -> 3.0;
            case 2018 -> 2.0;
            case 2019 -> 0.0;
            case 2020 -> -1.0;
            case 2021 -> 5.0;
            case 2022 -> 3.0;
            case 2023 -> -2.0;
            case 2024 -> -1.5;
            default -> 0.0;
        };
    }

    /** Share of a year's revenue earned in a month (1-based), including the 2020 shock. */
    static double monthWeight(int year, int month) {
        double w = SEASON[month - 1];
        return year == 2020 ? w * SHOCK_2020[month - 1] : w;
    }
}
