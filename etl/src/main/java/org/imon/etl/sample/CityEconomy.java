package org.imon.etl.sample;

/**
 * What moves every enterprise's figures besides its own luck: the city's path through the years and
 * months (following its province), its regions' characters and its industries' cycles.
 */
record CityEconomy(GrowthPath path, RegionCharacter regions, IndustryCycle industries) {
}
