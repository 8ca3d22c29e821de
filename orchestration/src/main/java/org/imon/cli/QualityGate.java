package org.imon.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

import org.imon.etl.load.FeedLoadReport;
import org.imon.etl.load.LandingLoad;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;
import org.imon.warehouse.profile.Schedule;

/**
 * The data-quality gate (数据质量检查) a night must pass before its reports go out: a load that set
 * aside more rows than the city profile allows (or a whole file), the city's own figures whose
 * published growth does not match their levels, and required feeds still missing after their due day. Each problem is one
 * line of Chinese for the operator; a failed gate is exit code 3.
 */
final class QualityGate {
    private static final String RECONCILIATION = "sql/quality/reconciliation_flags.sql";
    /** Overdue periods listed one by one; a home left for months gets one line for the rest. */
    private static final int SHOWN_OVERDUE = 3;

    private QualityGate() {
    }

    /** Feeds of a load whose rejections exceed the profile's threshold. */
    static List<String> quarantine(LandingLoad.Result load, Schedule schedule) {
        List<String> problems = new ArrayList<>();
        for (FeedLoadReport feed : load.feeds()) {
            String where = feed.quarantineFile() == null ? "" : "，明细: " + feed.quarantineFile().toAbsolutePath();
            if (feed.filesRejected() > 0) {
                problems.add(String.format("%s: 整文件拒收 %d 个%s", feed.feed(), feed.filesRejected(), where));
            } else if (feed.rowsRead() > 0) {
                BigDecimal percent = BigDecimal.valueOf(feed.rowsRejected() * 100).divide(
                        BigDecimal.valueOf(feed.rowsRead()), 2, RoundingMode.HALF_UP);
                if (percent.compareTo(schedule.maxQuarantinePercent()) > 0) {
                    problems.add(String.format("%s: 拒收 %d 行，占读取的 %d 行的 %s%%，超过城市配置允许的 %s%%%s",
                            feed.feed(), feed.rowsRejected(), feed.rowsRead(), percent.toPlainString(),
                            schedule.maxQuarantinePercent().toPlainString(), where));
                }
            }
        }
        return problems;
    }

    /**
     * Figures flagged by the warehouse's reconciliation of published growth against levels. Flags on
     * the city's own figures fail the gate; those on other areas' (the province's, peer cities' figures
     * as their statistics bodies published them) cannot be corrected here and are only warned of.
     *
     * @return the flags, failures under {@code true} and warnings under {@code false}
     */
    static Map<Boolean, List<String>> reconciliation(Warehouse warehouse, String cityName) throws Exception {
        Map<Boolean, List<String>> flags = new TreeMap<>(Map.of(true, new ArrayList<>(), false, new ArrayList<>()));
        for (Map<String, Object> r : warehouse.query(RECONCILIATION, cityName)) {
            flags.get((Boolean) r.get("is_city")).add(String.format("%s 核对未通过: %s 第 %s 行 %s %s %s 公布增速 %s%%，按数值计算 %s%%",
                    r.get("feed"), r.get("source_file"), r.get("source_row"), r.get("period_label"), r.get("area"),
                    r.get("indicator_name"), ResultFormat.text(r.get("published_growth_pct")),
                    ResultFormat.text(r.get("recomputed_growth_pct"))));
        }
        return flags;
    }

    /**
     * Periods after the latest complete one whose due day has passed by {@code day} while a required
     * feed is still missing from the landing folder.
     */
    static List<String> overdue(Arrivals received, Schedule schedule, LocalDate day) {
        SortedSet<ReportingPeriod> seen = received.periods(schedule.requiredFeeds());
        if (seen.isEmpty()) {
            return List.of();
        }
        List<ReportingPeriod> complete = received.complete(schedule);
        ReportingPeriod period = complete.isEmpty() ? seen.first() : complete.get(complete.size() - 1).next();
        List<String> problems = new ArrayList<>();
        int overdue = 0;
        for (; day.isAfter(schedule.dueDate(period.year(), period.period())); period = period.next()) {
            if (++overdue > SHOWN_OVERDUE) {
                continue;
            }
            problems.add(String.format("%s 已逾期（应于 %s 前报送）: %s 仍未到齐", period.label(),
                    schedule.dueDate(period.year(), period.period()), String.join("、", received.missing(period, schedule))));
        }
        if (overdue > SHOWN_OVERDUE) {
            problems.add(String.format("另有其后 %d 期同样逾期", overdue - SHOWN_OVERDUE));
        }
        return problems;
    }

    /** The short summary on stderr that a scheduler's alert shows. */
    static void report(List<String> problems, PrintWriter err) {
        err.printf("imon: 数据质量检查未通过（%d 项）:%n", problems.size());
        problems.forEach(p -> err.println("  - " + p));
    }
}
