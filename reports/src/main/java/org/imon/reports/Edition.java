package org.imon.reports;

import java.time.LocalDate;

import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;
import org.imon.warehouse.profile.CityProfile;

/**
 * One issue of a report (一期): the warehouse it reads, the city it is for, the period it covers and
 * the date it is signed (成文日期).
 */
public record Edition(Warehouse warehouse, CityProfile profile, ReportingPeriod period, LocalDate issued) {
}
