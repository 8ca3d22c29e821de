package org.imon.etl.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * 区域特征: what makes one county run ahead of another. Each region has its own pace, kept over the
 * years; its pace wanders from month to month, so ranks move within a year; and now and then a big
 * plant closes (a step down) or a new project comes on stream (a rise over six months), which stays
 * in the region's level and so shows again, as a base effect, in the next year's comparison. Every
 * enterprise's months are multiplied by its region's factor for that month. The factors are measured
 * against the regions' average, so they move regions apart without moving the city, whose path is
 * its province's.
 */
final class RegionCharacter {
    /** Standard deviation of a region's own pace, a share of revenue a year, for all years. */
    static final double PACE_SD = 0.025;
    /** Standard deviation of the monthly wander of a region's level (about 3 points over a year). */
    static final double WANDER_SD = 0.009;
    /** Standard deviation of a single month's deviation, which does not carry over. */
    static final double MONTH_SD = 0.02;
    /** Chance that a region-year has a plant closing or a project coming on stream. */
    static final double EVENT_CHANCE = 0.12;
    static final int RAMP_MONTHS = 6;

    private final int baseYear;
    private final Map<String, Integer> index = new HashMap<>();
    /** [region][month counted from January of baseYear]. */
    private final double[][] factor;

    /** Regions' factors from January of {@code firstYear − 1} to December of {@code lastYear}, averaging 1 over firstYear. */
    RegionCharacter(List<String> regions, int firstYear, int lastYear, long seed) {
        this.baseYear = firstYear - 1;
        int months = (lastYear - baseYear + 1) * 12;
        Random random = new Random(seed * 37 + 11);
        factor = new double[regions.size()][months];
        double[][] logLevel = new double[regions.size()][months];
        for (int r = 0; r < regions.size(); r++) {
            index.put(regions.get(r), r);
            double pace = random.nextGaussian() * PACE_SD;
            double wander = 0;
            double[] steps = new double[months + RAMP_MONTHS];
            for (int year = baseYear; year <= lastYear; year++) {
                if (random.nextDouble() < EVENT_CHANCE) {
                    boolean closing = random.nextBoolean();
                    double size = (closing ? -1 : 1) * (0.04 + random.nextDouble() * 0.08);
                    int month = 1 + random.nextInt(12);
                    int start = (year - baseYear) * 12 + month - 1;
                    int ramp = closing ? 1 : RAMP_MONTHS;
                    for (int k = 0; k < ramp; k++) {
                        steps[start + k] += Math.log1p(size) / ramp;
                    }
                }
            }
            double level = 0;
            for (int t = 0; t < months; t++) {
                wander += random.nextGaussian() * WANDER_SD;
                level += steps[t];
                logLevel[r][t] = pace * t / 12.0 + wander + level;
            }
        }
        for (int t = 0; t < months; t++) {
            double mean = 0;
            for (double[] region : logLevel) {
                mean += region[t] / regions.size();
            }
            for (int r = 0; r < regions.size(); r++) {
                factor[r][t] = Math.exp(logLevel[r][t] - mean) * (1 + random.nextGaussian() * MONTH_SD);
            }
        }
        for (double[] region : factor) {
            double firstYearMean = 0;
            for (int t = 12; t < 24; t++) {
                firstYearMean += region[t] / 12;
            }
            for (int t = 0; t < months; t++) {
                region[t] /= firstYearMean;
            }
        }
    }

    /** The region's factor in a month (1-based) of a year. */
    double factor(String region, int year, int month) {
        return factor[index.get(region)][(year - baseYear) * 12 + month - 1];
    }

    /** The region's factor averaged over a year: what its enterprises' size is measured against. */
    double yearMean(String region, int year) {
        double sum = 0;
        for (int m = 1; m <= 12; m++) {
            sum += factor(region, year, m);
        }
        return sum / 12;
    }
}
