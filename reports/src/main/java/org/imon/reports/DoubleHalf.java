package org.imon.reports;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imon.warehouse.ReportingPeriod;

/**
 * 双过半: at 1-6月, every target of the year against "time half gone, task half done" — levels and
 * counts at least half their annual target, rates at their first-half (else annual) target — with
 * the count met on top. Any other period gets the same table as a progress view (目标任务进度),
 * against the mart's target to date. Verdicts and figures are {@code mart_target_tracking}'s: the
 * verdict compares the exact actual, the table shows it rounded.
 */
public final class DoubleHalf implements Report {
    static final String TEMPLATE = "reports/double_half.jasper";
    static final String QUERY = "sql/double_half.sql";
    /** The period at which 双过半 is judged: 1-6月. */
    static final int HALF_YEAR = 6;

    @Override
    public Document compose(Edition edition) throws SQLException {
        ReportingPeriod period = edition.period();
        boolean halfYear = period.period() == HALF_YEAR;
        List<Map<String, Object>> targets = edition.warehouse().query(QUERY, period.year(), period.period());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> target : targets) {
            Map<String, Object> row = new HashMap<>(target);
            row.put("verdict", verdict(halfYear, (Boolean) target.get("met")));
            rows.add(row);
        }
        String city = edition.profile().cityName();
        return new Document(TEMPLATE, city + (halfYear ? "目标任务“双过半”完成情况" : "目标任务进度情况"),
                Map.of("Overview", overview(period, targets),
                        "Shortfalls", shortfalls(halfYear, targets),
                        "MarkHeader", halfYear ? "过半线或上半年目标" : "进度目标",
                        "VerdictHeader", halfYear ? "是否过半" : "是否达到进度",
                        "Note", halfYear ? NOTE_HALF_YEAR : NOTE_PROGRESS),
                rows);
    }

    static final String NOTE_HALF_YEAR = "注：1. “双过半”指时间过半、任务过半：总量和数量目标上半年完成全年目标的50%及以上；"
            + "增速、比重等比率目标达到上半年目标（未设上半年目标的，达到全年目标）。"
            + "2. 是否过半按实际完成的精确值判断，表中数值为四舍五入后的显示值。"
            + "3. 完成率为实际完成占全年目标的比重。";
    static final String NOTE_PROGRESS = "注：1. 本表为进度视图，“双过半”于1-6月评价。"
            + "2. 进度目标：总量和数量目标为全年目标按季度、月度分解至本期应完成的数值；比率目标为上半年目标（1-6月及以前，"
            + "如设定）或全年目标。3. 是否达到进度按实际完成的精确值判断，表中数值为四舍五入后的显示值。"
            + "4. 完成率为实际完成占全年目标的比重。";

    /** "已过半" / "未过半" at 1-6月, "达到" / "未达到" in a progress view, "无数据" without an actual. */
    static String verdict(boolean halfYear, Boolean met) {
        if (met == null) {
            return "无数据";
        }
        if (halfYear) {
            return met ? "已过半" : "未过半";
        }
        return met ? "达到" : "未达到";
    }

    /**
     * "2024年1-6月，时间进度50.0%，全市9项目标任务中，7项实现“双过半”，2项未实现。" — or, in a
     * progress view, how many have reached their target to date; or that the warehouse has no target.
     */
    static String overview(ReportingPeriod period, List<Map<String, Object>> targets) {
        if (targets.isEmpty()) {
            return period.label() + "，数据仓库中没有本年的目标任务（mart_target_tracking），无法评价目标完成情况。";
        }
        Map<String, Object> first = targets.get(0);
        boolean halfYear = period.period() == HALF_YEAR;
        StringBuilder text = new StringBuilder(period.label()).append("，时间进度")
                .append(Wording.percent((BigDecimal) first.get("time_progress_pct"))).append("，全市")
                .append(first.get("target_count")).append("项目标任务中，").append(first.get("met_count"))
                .append(halfYear ? "项实现“双过半”，" : "项达到进度目标，").append(first.get("unmet_count"))
                .append(halfYear ? "项未实现" : "项未达到");
        long noData = ((Number) first.get("no_data_count")).longValue();
        if (noData > 0) {
            text.append("，").append(noData).append("项暂无实际数据");
        }
        return text.append("。").toString();
    }

    /**
     * One sentence naming the targets not met, each with its figure in brackets (the table has the
     * rest), e.g. "未实现“双过半”的目标：规模以上工业营业收入利润率（4.9%，目标6.0%）、重点工业项目完成投资
     * （完成35.0%）。" Empty when every target is met.
     */
    static String shortfalls(boolean halfYear, List<Map<String, Object>> targets) {
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> t : targets) {
            if (Boolean.FALSE.equals(t.get("met"))) {
                parts.add(shortfall(t));
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        return (halfYear ? "未实现“双过半”的目标：" : "未达到进度目标的：") + String.join("、", parts) + "。";
    }

    /** "重点工业项目完成投资（完成35.0%）" for a level or count; "…利润率（4.9%，目标6.0%）" for a rate. */
    private static String shortfall(Map<String, Object> t) {
        String unit = (String) t.get("unit");
        if ((Boolean) t.get("is_level")) {
            return t.get("target_name") + "（完成" + Wording.percent((BigDecimal) t.get("completion_pct")) + "）";
        }
        return t.get("target_name") + "（" + rate((BigDecimal) t.get("actual_shown"), unit) + "，目标"
                + rate((BigDecimal) t.get("mark"), unit) + "）";
    }

    /** A rate as the table shows it, with its unit: "4.9%", "10.8个百分点". */
    static String rate(BigDecimal value, String unit) {
        return Wording.fixed(value, 1) + ("百分点".equals(unit) ? "个百分点" : unit);
    }
}
