package org.imon.warehouse;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.imon.warehouse.schema.TableSchema;

/**
 * The years whose mart rows a build must compute again: those whose input rows changed, and the year
 * after each (its growth, ranks and entrants compare with the year before), and further years where a
 * table's marts chain figures across years ({@link TableSchema.MartReach}). Or every year, when an
 * input without a year (a region, an industry, a cluster) changed.
 */
public final class ChangedYears {
    private final boolean all;
    private final Set<Integer> years = new TreeSet<>();

    private ChangedYears(boolean all) {
        this.all = all;
    }

    public static ChangedYears none() {
        return new ChangedYears(false);
    }

    public static ChangedYears every() {
        return new ChangedYears(true);
    }

    /** The changed years, the year after each, and as many years before and after as the table's marts reach. */
    public ChangedYears add(Collection<Integer> changed, TableSchema.MartReach reach) {
        for (int year : changed) {
            for (int y = year - reach.before(); y <= year + Math.max(1, reach.after()); y++) {
                years.add(y);
            }
        }
        return this;
    }

    public ChangedYears add(ChangedYears other) {
        if (other.all) {
            return every();
        }
        if (all) {
            return this;
        }
        years.addAll(other.years);
        return this;
    }

    public boolean all() {
        return all;
    }

    public boolean isEmpty() {
        return !all && years.isEmpty();
    }

    /** A mart row of year Y is computed from enterprise rows of Y and Y − 1: the years to read. */
    public String sqlWindowYears() {
        Set<Integer> window = new TreeSet<>(years);
        years.forEach(y -> window.add(y - 1));
        return window.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public String sqlYears() {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return all ? "all" : years.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
