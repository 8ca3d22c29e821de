package org.imon.etl.sample;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.imon.etl.load.FeedReader.CheckedRow;

/**
 * Sums of the enterprise report's rows as the warehouse forms them: totals of a period by group, and
 * growth on the comparable basis (Σ this year / Σ 上年同期 − 1).
 */
final class SampleTotals {
    private final Collection<CheckedRow> enterprises;

    SampleTotals(Collection<CheckedRow> enterprises) {
        this.enterprises = enterprises;
    }

    List<CheckedRow> period(int year, int period) {
        return enterprises.stream().filter(r -> r.year() == year && r.period() == period).toList();
    }

    double sum(int year, int period, String column) {
        return sum(period(year, period), column);
    }

    static double sum(Collection<CheckedRow> rows, String column) {
        return rows.stream().mapToDouble(r -> amount(r, column)).sum();
    }

    /** Comparable growth (%) of an item (revenue, output, profit) over the rows. */
    static double growth(Collection<CheckedRow> rows, String item) {
        return (sum(rows, item + "_ytd") / sum(rows, item + "_ly") - 1) * 100;
    }

    /** Comparable growth (%) of an item for each group of a period's rows. */
    Map<String, Double> growthBy(int year, int period, Function<CheckedRow, String> group, String item) {
        Map<String, Double> growth = new TreeMap<>();
        period(year, period).stream().collect(Collectors.groupingBy(group))
                .forEach((key, rows) -> growth.put(key, growth(rows, item)));
        return growth;
    }

    /** Regions in order of revenue growth, best first. */
    List<String> ranking(int year, int period) {
        Map<String, Double> growth = growthBy(year, period, r -> text(r, "region_code"), "revenue");
        return growth.keySet().stream().sorted(Comparator.comparing(growth::get).reversed()).toList();
    }

    long count(int year, int period, Predicate<CheckedRow> which) {
        return period(year, period).stream().filter(which).count();
    }

    static double amount(CheckedRow row, String column) {
        Object value = row.values().get(column);
        return value == null ? 0 : ((BigDecimal) value).doubleValue();
    }

    static String text(CheckedRow row, String column) {
        return (String) row.values().get(column);
    }
}
