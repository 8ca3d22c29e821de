package org.imon.etl.sample;

/**
 * One enterprise of the sample city over its years above scale. Its figures for any year are derived
 * from its own seed, its revenue level that year and the city's economy, so nothing per month needs
 * to be kept.
 *
 * @param currentRegion its region as coded today; the code it reports under may differ in earlier years
 * @param mixRow        its row of the industry mix
 * @param margin        its usual profit margin; the year's prices and its industry move it
 * @param outputRatio   its usual gross output per unit of revenue; its industry's drift moves it
 * @param entryYear     first year above scale
 * @param exitYear      first year no longer above scale (exclusive end)
 * @param levels        its annual revenue level (万元) for each year from entryYear − 1 to exitYear − 1,
 *                      before its region's factor
 */
record SampleEnterprise(String creditCode, String name, String currentRegion, String industryCode, int mixRow,
        double margin, double outputRatio, long seed, int entryYear, int exitYear, float[] levels,
        CityEconomy economy) {

    boolean activeIn(int year) {
        return year >= entryYear && year < exitYear;
    }

    /** Revenue level of a year, from the year before entry to the last active year. */
    double level(int year) {
        return levels[year - entryYear + 1];
    }

    /** The twelve months of a year, in tenths of 万元 so that every year-to-date sum is exact. */
    MonthlyFigures figures(int year) {
        return MonthlyFigures.of(this, year);
    }
}
