package org.imon.etl.sample;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.Cluster;
import org.imon.warehouse.reference.CsvRecords;

/**
 * The targets (目标任务) the sample city's government sets each year, from the profile's
 * {@code sample_targets.csv}: the plan's own figure where a seed fixes one, or {@code stretch}, a
 * figure set above last year's actual as seed 000 三 asks (较上年有所提高): value-added growth, the entrants
 * and the entrants' pull on growth. A row with a year replaces
 * the every-year row of the same id in that year (Xuchang's 2024 first-half targets of seed 003). The id
 * {@code JQ-*} stands for one revenue target per cluster of {@code clusters.csv}: its tier in its target
 * year, a stretch in the others. A band target (口径 band_pct) is written {@code 80±5}: its 全年目标 and
 * its 允许偏差 (Suizhou's 产能利用率80%左右).
 */
final class SampleTargets {
    static final String STRETCH = "stretch";
    static final String EVERY_CLUSTER = "JQ-*";
    /** Between a band target's centre and its tolerance: {@code 80±5}. */
    static final String GIVE_OR_TAKE = "±";
    /** A cluster's stretch: this much above last year's revenue, rounded up to 10亿. */
    static final double CLUSTER_STRETCH = 0.08;
    /** Value-added growth stretch: this many points above last year's, rounded up to half a point. */
    static final double GROWTH_STRETCH_PTS = 1.0;
    /** Entrants stretch: this much above last year's entrants, rounded up. */
    static final double ENTRANTS_STRETCH = 0.05;
    /** Entrants' pull stretch: the next tenth of a point above last year's pull (有所提高). */
    static final double ENTRANTS_PULL_STEP_PTS = 0.1;
    private static final List<String> SPLIT = List.of("h1_value", "q1_value", "q2_value", "q3_value", "q4_value");

    private final String file;
    private final CityProfile profile;
    private final List<CsvRecords.Row> rows;

    private SampleTargets(String file, CityProfile profile, List<CsvRecords.Row> rows) {
        this.file = file;
        this.profile = profile;
        this.rows = rows;
    }

    static SampleTargets load(CityProfile profile) {
        String file = "profiles/" + profile.id() + "/sample_targets.csv";
        return new SampleTargets(file, profile, CsvRecords.readRows(file));
    }

    /** The year's targets as the targets feed writes them, in the file's order. */
    List<List<String>> forYear(int year, PlansAndLists.LastYear last) {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.fields().get("target_id")));
        List<List<String>> targets = new ArrayList<>();
        for (String id : ids) {
            Optional<CsvRecords.Row> row = rowFor(id, year);
            if (row.isEmpty()) {
                continue;
            }
            if (id.equals(EVERY_CLUSTER)) {
                for (Cluster c : profile.clusters()) {
                    targets.add(target(row.get(), "JQ-" + c.code(), c.name() + row.get().fields().get("target_name"),
                            c.code(), clusterTarget(row.get(), c, year, last)));
                }
            } else {
                Map<String, String> f = row.get().fields();
                String subject = f.get("subject_type").equals("city") ? profile.cityRegionCode() : f.get("subject_code");
                targets.add(target(row.get(), id, f.get("target_name"), subject, annual(row.get(), last)));
            }
        }
        return targets;
    }

    /** The row of the year itself, else the every-year row. */
    private Optional<CsvRecords.Row> rowFor(String id, int year) {
        Optional<CsvRecords.Row> own = rows.stream()
                .filter(r -> r.fields().get("target_id").equals(id) && r.fields().get("year").equals(Integer.toString(year)))
                .findFirst();
        return own.isPresent() ? own
                : rows.stream().filter(r -> r.fields().get("target_id").equals(id) && r.fields().get("year").isBlank())
                        .findFirst();
    }

    private double clusterTarget(CsvRecords.Row row, Cluster c, int year, PlansAndLists.LastYear last) {
        if (c.targetTierYi() != null && c.targetYear() != null && c.targetYear() == year) {
            return c.targetTierYi();
        }
        requireStretch(row);
        return Math.ceil(last.clusterRevenueYi().get(c.code()) * (1 + CLUSTER_STRETCH) / 10.0) * 10.0;
    }

    private double annual(CsvRecords.Row row, PlansAndLists.LastYear last) {
        Map<String, String> f = row.fields();
        String value = f.get("annual_value");
        if (value.contains(GIVE_OR_TAKE)) {
            return number(row, "annual_value", value.substring(0, value.indexOf(GIVE_OR_TAKE)));
        }
        if (!value.equals(STRETCH)) {
            return number(row, "annual_value", value);
        }
        return switch (f.get("indicator")) {
            case "value_added" -> Math.ceil((last.valueAddedGrowth() + GROWTH_STRETCH_PTS) * 2) / 2;
            case "entrants" -> last.entrants() == 0 ? number(row, "first_year_value", f.get("first_year_value"))
                    : Math.ceil(last.entrants() * (1 + ENTRANTS_STRETCH));
            case "entrants_pull" -> last.entrants() == 0 ? number(row, "first_year_value", f.get("first_year_value"))
                    : nextTenthAbove(last.entrantsPullPts());
            default -> throw problem(row, "annual_value", "stretch is defined for value_added, entrants and entrants_pull only");
        };
    }

    /** The smallest multiple of 0.1 strictly above a figure: 2.75 → 2.8, 2.8 → 2.9. */
    private static double nextTenthAbove(double pts) {
        return (Math.floor(pts / ENTRANTS_PULL_STEP_PTS + 1e-9) + 1) * ENTRANTS_PULL_STEP_PTS;
    }

    private List<String> target(CsvRecords.Row row, String id, String name, String subject, double annual) {
        Map<String, String> f = row.fields();
        List<String> target = new ArrayList<>(List.of(id, name, f.get("subject_type"), subject, f.get("indicator"),
                f.get("measure"), f.get("unit"), format(annual)));
        SPLIT.forEach(column -> target.add(f.get(column)));
        target.add(f.get("base_year"));
        String value = f.get("annual_value");
        target.add(value.contains(GIVE_OR_TAKE) ? format(number(row, "annual_value",
                value.substring(value.indexOf(GIVE_OR_TAKE) + 1))) : "");
        return target;
    }

    private void requireStretch(CsvRecords.Row row) {
        if (!row.fields().get("annual_value").equals(STRETCH)) {
            throw problem(row, "annual_value", "cluster targets are the tiers of clusters.csv, else stretch");
        }
    }

    private double number(CsvRecords.Row row, String column, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw problem(row, column, "not a number or " + STRETCH + ": '" + value + "'");
        }
    }

    private IllegalStateException problem(CsvRecords.Row row, String column, String reason) {
        return new IllegalStateException(file + " line " + row.line() + ", column " + column + ": " + reason);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
