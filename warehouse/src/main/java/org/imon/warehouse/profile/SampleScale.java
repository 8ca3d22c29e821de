package org.imon.warehouse.profile;

/**
 * How big the sample city is drawn, from the profile's {@code sample.*} settings, so that each city's
 * sample is proportionate to it (Xuchang about 1,800 above-scale enterprises, Suizhou about 600).
 *
 * @param enterprises     above-scale enterprises in the first year, unless {@code imon sample --enterprises} says otherwise
 * @param projectsPerYear key projects of 1亿元 or more signed each year
 */
public record SampleScale(int enterprises, int projectsPerYear) {
}
