package org.imon.etl.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the region-level feeds are derived from, for one year: per region, the above-scale
 * enterprises' monthly revenue and their own last-year months (for value-added growth on the
 * comparable basis), and monthly industrial electricity and VAT. Last year's electricity and VAT are carried over, since
 * the power company and the tax bureau compare with what they reported a year ago.
 */
final class RegionTotals {
    /** Industrial users below scale add this much to the power company's and tax bureau's totals. */
    static final double BELOW_SCALE_FACTOR = 1.25;
    static final double VAT_PER_WAN = 0.03;

    final List<String> regions;
    final Map<String, Integer> index = new HashMap<>();
    final long[][] revenue;
    final long[][] revenueLastYear;
    final double[][] electricity;
    final double[][] vat;
    double[][] electricityLastYear;
    double[][] vatLastYear;

    RegionTotals(List<String> regions) {
        this.regions = regions;
        for (int i = 0; i < regions.size(); i++) {
            index.put(regions.get(i), i);
        }
        revenue = new long[regions.size()][12];
        revenueLastYear = new long[regions.size()][12];
        electricity = new double[regions.size()][12];
        vat = new double[regions.size()][12];
    }

    /** A new year's totals, carrying this year's electricity and VAT as the new year's last year. */
    RegionTotals next() {
        RegionTotals next = new RegionTotals(regions);
        next.electricityLastYear = electricity;
        next.vatLastYear = vat;
        return next;
    }

    void add(SampleEnterprise e, int year, MonthlyFigures now, MonthlyFigures before, double electricityPerWan,
            boolean firstYear) {
        int r = index.get(e.regionIn(year));
        if (firstYear && electricityLastYear == null) {
            electricityLastYear = new double[regions.size()][12];
            vatLastYear = new double[regions.size()][12];
        }
        for (int m = 0; m < 12; m++) {
            revenue[r][m] += now.revenue()[m];
            revenueLastYear[r][m] += before.revenue()[m];
            electricity[r][m] += now.revenue()[m] / 10.0 * electricityPerWan * BELOW_SCALE_FACTOR;
            vat[r][m] += now.revenue()[m] / 10.0 * VAT_PER_WAN * BELOW_SCALE_FACTOR;
            if (firstYear) {
                electricityLastYear[r][m] += before.revenue()[m] / 10.0 * electricityPerWan * BELOW_SCALE_FACTOR;
                vatLastYear[r][m] += before.revenue()[m] / 10.0 * VAT_PER_WAN * BELOW_SCALE_FACTOR;
            }
        }
    }
}
