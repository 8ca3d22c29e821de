package org.imon.warehouse.profile;

/**
 * A region the city ranks: a district, county, county-level city or management zone (管委会).
 * A retired code names its successor, so that its history is reported under today's region.
 */
public record Region(String code, String name, String shortName, String kind, Integer validFromYear,
        Integer validToYear, String successorCode, int sortOrder) {

    public boolean validIn(int year) {
        return (validFromYear == null || year >= validFromYear) && (validToYear == null || year <= validToYear);
    }

    public boolean isRetired() {
        return successorCode != null;
    }
}
