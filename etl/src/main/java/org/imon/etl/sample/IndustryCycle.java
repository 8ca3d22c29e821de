package org.imon.etl.sample;

import java.util.Random;

/**
 * 行业景气: each industry of the mix has its own trend and its own good and bad years, its own
 * output-to-revenue ratio that drifts with its stocks and prices, and its own margin swings, so that
 * some industries shrink in any year and revenue growth differs from output growth. Growth and
 * margin swings are measured against the industries' average (weighted by their size in the mix),
 * so they move industries apart without moving the city.
 */
final class IndustryCycle {
    /** Standard deviation of an industry's lasting trend around the mix's {@code trend_pct}, a share of revenue a year. */
    static final double TREND_SD = 0.015;
    /**
     * An industry's good and bad years: its level around its trend moves by this much a year and keeps
     * half of last year's deviation, so one year's boom is partly given back the next and no industry
     * runs away from the mix (its growth around the trend has a standard deviation of about 10 points).
     */
    static final double YEAR_SD = 0.085;
    static final double PERSISTENCE = 0.5;
    /** Standard deviation of the yearly drift of an industry's output/revenue ratio. */
    static final double RATIO_DRIFT_SD = 0.02;
    /** Standard deviation of an industry's margin in one year around its usual, in points of margin/100. */
    static final double MARGIN_SD = 0.012;

    private final int baseYear;
    private final double[][] growth;
    private final double[][] outputRatio;
    private final double[][] margin;

    IndustryCycle(IndustryMix mix, int firstYear, int lastYear, long seed) {
        int rows = mix.rows().size();
        double[] weights = mix.rows().stream().mapToDouble(IndustryMix.Row::revenue2015Yi).toArray();
        this.baseYear = firstYear - 1;
        int years = lastYear - baseYear + 1;
        Random random = new Random(seed * 41 + 3);
        growth = new double[rows][years];
        outputRatio = new double[rows][years];
        margin = new double[rows][years];
        for (int r = 0; r < rows; r++) {
            double trend = mix.row(r).trendPct() / 100 + random.nextGaussian() * TREND_SD;
            double ratio = 1;
            double deviation = 0;
            for (int y = 0; y < years; y++) {
                double next = PERSISTENCE * deviation + random.nextGaussian() * YEAR_SD;
                growth[r][y] = trend + next - deviation;
                deviation = next;
                ratio *= 1 + random.nextGaussian() * RATIO_DRIFT_SD;
                outputRatio[r][y] = ratio;
                margin[r][y] = random.nextGaussian() * MARGIN_SD;
            }
        }
        centre(growth, weights);
        centre(margin, weights);
    }

    private static void centre(double[][] values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        for (int y = 0; y < values[0].length; y++) {
            double mean = 0;
            for (int r = 0; r < values.length; r++) {
                mean += values[r][y] * weights[r] / total;
            }
            for (double[] row : values) {
                row[y] -= mean;
            }
        }
    }

    /** What the industry adds to (or takes from) the city's growth in a year. */
    double growth(int row, int year) {
        return growth[row][year - baseYear];
    }

    /** The industry's output per unit of revenue in a year, against its first year. */
    double outputRatio(int row, int year) {
        return outputRatio[row][year - baseYear];
    }

    /** What the industry's year adds to its enterprises' margins. */
    double margin(int row, int year) {
        return margin[row][year - baseYear];
    }
}
