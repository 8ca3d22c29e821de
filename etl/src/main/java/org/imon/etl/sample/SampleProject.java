package org.imon.etl.sample;

/**
 * A key project (重点项目) of the sample city: signed, started, in production, at capacity. Months
 * count from January of the signing year (month 0), so a project can run across years.
 *
 * @param totalWan          total planned investment, 万元
 * @param startMonth        开工
 * @param productionMonth   投产
 * @param capacityMonth     达产
 * @param pace              actual investment against plan (below 1: behind schedule)
 * @param annualOutputWan   output at full capacity, 万元 a year
 */
record SampleProject(String id, String name, String currentRegion, String industryCode, String clusterName,
        int signYear, int signMonth, int startMonth, int productionMonth, int capacityMonth, double totalWan,
        double pace, double annualOutputWan) {

    /** Status at the end of a month (months counted from January of the signing year), or null before signing. */
    String status(int month) {
        if (month < signMonth) {
            return null;
        }
        if (month < startMonth) {
            return "签约";
        }
        if (month < productionMonth) {
            return "开工";
        }
        return month < capacityMonth ? "投产" : "达产";
    }

    /** Planned investment in a month: spread evenly from start to production, with a tail after. */
    double plannedInvestment(int month) {
        int build = productionMonth - startMonth;
        if (month >= startMonth && month < productionMonth) {
            return totalWan * 0.9 / build;
        }
        if (month >= productionMonth && month < productionMonth + 6) {
            return totalWan * 0.1 / 6;
        }
        return 0;
    }

    /** Investment actually made in a month, in tenths of 万元. */
    long investment(int month) {
        return Math.round(plannedInvestment(month) * pace * 10);
    }

    /** New output in a month: ramping up from production to capacity. */
    long newOutput(int month) {
        if (month < productionMonth) {
            return 0;
        }
        double ramp = month >= capacityMonth ? 1.0 : 0.4 + 0.6 * (month - productionMonth) / (double) (capacityMonth - productionMonth);
        return Math.round(annualOutputWan / 12 * ramp * 10);
    }

    /** A project is on a year's ledger from signing until the year after it reaches capacity. */
    boolean onLedger(int year) {
        int first = signYear;
        int last = signYear + capacityMonth / 12;
        return year >= first && year <= last;
    }

    /** Month index of a calendar month (1-12) of a year, counted from January of the signing year. */
    int monthIndex(int year, int month) {
        return (year - signYear) * 12 + month - 1;
    }
}
