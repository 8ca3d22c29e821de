package org.imon.etl.sample;

import java.util.List;

/**
 * One enterprise of the sample city over its years above scale. Its figures for any year are derived
 * from its own seed, its revenue level that year and the city's economy, so nothing per month needs
 * to be kept.
 *
 * @param name          its name on entry
 * @param currentRegion its region on entry, as coded today; the code it reports under may differ in earlier years
 * @param industryCode  its industry on entry
 * @param mixRow        its row of the industry mix
 * @param margin        its usual profit margin; the year's prices and its industry move it
 * @param outputRatio   its usual gross output per unit of revenue; its industry's drift moves it
 * @param entryYear     first year above scale
 * @param exitYear      first year no longer above scale (exclusive end)
 * @param levels        its annual revenue level (万元) for each year from entryYear − 1 to exitYear − 1,
 *                      with the units it absorbed, before its region's factor
 * @param changes       changes of name, region or industry, in order of year; mostly none
 */
record SampleEnterprise(String creditCode, String name, String currentRegion, String industryCode, int mixRow,
        double margin, double outputRatio, long seed, int entryYear, int exitYear, float[] levels,
        List<Change> changes, CityEconomy economy) {

    /**
     * 更名、迁址、变更行业: from {@code year} on, the enterprise reports under this name, in this region
     * and industry (one of them differs from the year before); its credit code stays.
     */
    record Change(int year, String name, String region, String industryCode) {
    }

    String nameIn(int year) {
        return latest(year) == null ? name : latest(year).name();
    }

    String regionIn(int year) {
        return latest(year) == null ? currentRegion : latest(year).region();
    }

    String industryIn(int year) {
        return latest(year) == null ? industryCode : latest(year).industryCode();
    }

    private Change latest(int year) {
        Change latest = null;
        for (Change c : changes) {
            if (c.year() <= year) {
                latest = c;
            }
        }
        return latest;
    }

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
