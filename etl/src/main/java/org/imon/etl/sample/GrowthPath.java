package org.imon.etl.sample;

import java.util.HashMap;
import java.util.Map;

/**
 * The sample city's economy over time: the yearly growth of above-scale revenue, a little above the
 * province's published value-added growth as Xuchang's usually is (so the city's 2020 follows the
 * province's shock), the months' shares of a year with the Spring Festival on its lunar date, and
 * industrial producer prices.
 */
final class GrowthPath {
    /**
     * Month weights of a year with an average Spring Festival (January … December); the province's
     * month factors are measured against it.
     */
    private static final double[] SEASON = {0.060, 0.062, 0.084, 0.084, 0.085, 0.088, 0.083, 0.084, 0.088, 0.088,
            0.091, 0.103};
    /** Points of value-added growth the city runs above its province in every year. */
    static final double ABOVE_PROVINCE_PTS = 0.8;

    private final BenchmarkSeries benchmarks;
    private final String province;
    private final SpringFestival festival;
    private final double[] averageFestivalLoss;
    private final Map<Integer, double[]> weights = new HashMap<>();

    GrowthPath(BenchmarkSeries benchmarks, String province, SpringFestival festival) {
        this.benchmarks = benchmarks;
        this.province = province;
        this.festival = festival;
        this.averageFestivalLoss = festival.averageLoss();
    }

    /** Underlying growth of a continuing enterprise's revenue in a year, before its region's, industry's and own. */
    double yearGrowth(int year) {
        return (benchmarks.annual(province, year) + ABOVE_PROVINCE_PTS + priceChange(year)) / 100;
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

    /** Points of profit margin a year's prices and demand add to every enterprise's own (2020: the shock). */
    static double marginShift(int year) {
        return 0.001 * priceChange(year) - (year == 2020 ? 0.008 : 0);
    }

    /**
     * Shares of a year's revenue earned in its months (January … December): the average year's season,
     * moved by this year's Spring Festival, times the province's month factors (the 2020 shock and its
     * recovery). The array is shared: read it, do not change it.
     */
    double[] monthWeights(int year) {
        return weights.computeIfAbsent(year, this::weights);
    }

    private double[] weights(int year) {
        double[] loss = festival.loss(year);
        double[] shock = benchmarks.monthFactors(province, year, SEASON);
        double[] w = new double[12];
        for (int m = 0; m < 12; m++) {
            w[m] = (SEASON[m] + averageFestivalLoss[m] - loss[m]) * shock[m];
        }
        return w;
    }
}
