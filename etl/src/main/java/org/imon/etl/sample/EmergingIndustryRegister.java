package org.imon.etl.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.imon.etl.feed.FeedSpec;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.reference.CsvRecords;
import org.imon.warehouse.reference.StrategicEmergingIndustries;

/**
 * 战略性新兴产业企业库: the register the development and reform commission sends at the start of each
 * year (战略性新兴产业企业库 feed). It lists every above-scale enterprise of a class the classification
 * maps whole, and, from the profile's {@code sample_sei_register.csv}, a part of the enterprises of
 * each industry the city counts as strategic emerging. That part grows a little every year, as a
 * register does once drawn up: an enterprise listed once stays listed.
 */
final class EmergingIndustryRegister {
    /** The year the profile's listed shares are given for. */
    private static final int BASE_YEAR = 2015;
    /** No industry is ever listed whole by the register's choice. */
    private static final double MOST_LISTED = 0.95;

    /** A row of the profile's file: industries, their category (none: never listed) and how many are listed. */
    private record Listing(List<String> prefixes, Integer category, double basePct, double ptsPerYear) {
        double listedShare(int year) {
            return Math.max(0, Math.min(MOST_LISTED, (basePct + ptsPerYear * (year - BASE_YEAR)) / 100));
        }
    }

    private final Path landingRoot;
    private final StrategicEmergingIndustries classification = StrategicEmergingIndustries.load();
    private final List<Listing> listings;

    EmergingIndustryRegister(Path landingRoot, CityProfile profile) {
        this.landingRoot = landingRoot;
        this.listings = CsvRecords.read("profiles/" + profile.id() + "/sample_sei_register.csv").stream()
                .map(EmergingIndustryRegister::listing).toList();
    }

    private static Listing listing(Map<String, String> row) {
        String category = row.get("category_code");
        return new Listing(Arrays.asList(row.get("industry_prefixes").split(";")),
                category.isBlank() ? null : Integer.valueOf(category),
                Double.parseDouble(row.get("listed_pct_2015")), Double.parseDouble(row.get("listed_pts_per_year")));
    }

    /** Writes the year's register from the enterprises above scale that year. */
    void writeYear(int year, List<SampleEnterprise> active) throws IOException {
        FeedSpec feed = FeedSpec.load("sei_register");
        Path file = landingRoot.resolve(feed.name()).resolve(Integer.toString(year)).resolve(year + "年战略性新兴产业企业库");
        try (TableWriter w = TableWriter.open(file, TableWriter.Format.CSV_UTF8_BOM, "", feed.writtenHeaders("万元"))) {
            for (SampleEnterprise e : active) {
                Optional<Integer> category = category(e, year);
                if (category.isPresent()) {
                    w.row(List.of(e.creditCode(), e.nameIn(year), categoryName(category.get())));
                }
            }
        }
    }

    private String categoryName(int code) {
        return classification.category(Integer.toString(code)).orElseThrow().name();
    }

    /** The enterprise's category on the year's register, or none when the register leaves it out. */
    private Optional<Integer> category(SampleEnterprise e, int year) {
        String industry = e.industryIn(year);
        Optional<StrategicEmergingIndustries.MappedClass> mapped = classification.classes().stream()
                .filter(c -> c.industryCode().equals(industry)).findFirst();
        if (mapped.isPresent() && mapped.get().whole()) {
            return Optional.of(mapped.get().categoryCode());
        }
        // The enterprise's own draw, the same every year: listed from the first year its industry's share passes it.
        double draw = new SplittableRandom(e.seed() * 131 + 7).nextDouble();
        return listings.stream().filter(l -> l.prefixes().stream().anyMatch(industry::startsWith)).findFirst()
                .filter(l -> l.category() != null && draw < l.listedShare(year))
                .map(Listing::category);
    }
}
