package org.imon.reports;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.imon.warehouse.ReportingPeriod;

/**
 * 重点项目: the key projects' investment against their annual plan, by region (the main table) and by
 * industry cluster; the projects whose status changed this period (签约 → 开工 → 投产 → 达产); the new
 * output of the projects in production; the projects behind schedule, with region and how far behind.
 * Figures are {@code mart_project_progress}'s and {@code mart_project_summary}'s, summed in SQL; this
 * class only words them. A period without project data says so.
 */
public final class KeyProjects implements Report {
    static final String TEMPLATE = "reports/projects.jasper";
    static final String OVERVIEW_QUERY = "sql/projects_overview.sql";
    static final String REGIONS_QUERY = "sql/projects_by_region.sql";
    static final String CLUSTERS_QUERY = "sql/projects_by_cluster.sql";
    static final String CHANGES_QUERY = "sql/projects_status_changes.sql";
    static final String PRODUCTION_QUERY = "sql/projects_in_production.sql";
    static final String BEHIND_QUERY = "sql/projects_behind.sql";

    static final String NOTE = "注：1. 完成率为本年累计完成投资占年度计划投资的比重；时间进度为已过月数占全年的比重；"
            + "超（+）欠（−）进度为完成率与时间进度之差，完成率低于时间进度的项目为滞后项目。"
            + "2. 项目状态依次为签约、开工、投产、达产，状态变化与上期（1-2月与上年1-12月）相比。"
            + "3. 新增产值为投产、达产项目本年累计新增产值。";

    @Override
    public Document compose(Edition edition) throws SQLException {
        ReportingPeriod period = edition.period();
        Object[] at = {period.year(), period.period()};
        Map<String, Object> overview = edition.warehouse().query(OVERVIEW_QUERY, at).get(0);
        List<Map<String, Object>> changes = edition.warehouse().query(CHANGES_QUERY, at);
        List<Map<String, Object>> producing = edition.warehouse().query(PRODUCTION_QUERY, at);
        List<Map<String, Object>> behind = edition.warehouse().query(BEHIND_QUERY, at);
        return new Document(TEMPLATE, edition.profile().cityName() + "重点项目建设进展情况",
                Map.of("Overview", overview(period, overview),
                        "Clusters", edition.warehouse().query(CLUSTERS_QUERY, at),
                        "ChangesText", changesText(overview),
                        "Changes", changes,
                        "ProductionText", productionText(overview),
                        "Production", producing,
                        "BehindText", behindText(overview),
                        "Behind", behind,
                        "Note", NOTE),
                edition.warehouse().query(REGIONS_QUERY, at));
    }

    private static long count(Map<String, Object> overview, String column) {
        return ((Number) overview.get(column)).longValue();
    }

    /**
     * "2024年1-6月，全市重点项目2个，年度计划投资6.00亿元，累计完成投资3.50亿元，完成年度计划的58.3%，
     * 超进度8.3个百分点（时间进度50.0%）。其中签约0个、开工1个、投产1个、达产0个。"
     */
    static String overview(ReportingPeriod period, Map<String, Object> o) {
        if (count(o, "project_count") == 0) {
            return period.label() + "，数据仓库中没有重点项目数据（mart_project_progress）。";
        }
        return period.label() + "，全市重点项目" + o.get("project_count") + "个，年度计划投资"
                + Wording.yi((BigDecimal) o.get("annual_plan_yi")) + "，累计完成投资"
                + Wording.yi((BigDecimal) o.get("invested_yi")) + "，完成年度计划的"
                + Wording.percent((BigDecimal) o.get("completion_pct")) + "，"
                + Wording.againstTimeProgress((BigDecimal) o.get("ahead_pts")) + "（时间进度"
                + Wording.percent((BigDecimal) o.get("time_progress_pct")) + "）。其中签约" + o.get("signed_count")
                + "个、开工" + o.get("started_count") + "个、投产" + o.get("producing_count") + "个、达产"
                + o.get("at_capacity_count") + "个。";
    }

    /** "与上期相比，1个项目状态发生变化，其中1个投产。" or "与上期相比，没有项目状态发生变化。" */
    static String changesText(Map<String, Object> o) {
        long changed = count(o, "changed_count");
        if (changed == 0) {
            return "与上期相比，没有项目状态发生变化。";
        }
        String text = "与上期相比，" + changed + "个项目状态发生变化";
        long intoProduction = count(o, "into_production_count");
        return text + (intoProduction > 0 ? "，其中" + intoProduction + "个投产。" : "。");
    }

    /** "投产、达产项目1个，本年新增产值0.45亿元，其中本期新投产1个。" or none. */
    static String productionText(Map<String, Object> o) {
        long inProduction = count(o, "in_production_count");
        if (inProduction == 0) {
            return "尚无投产、达产项目。";
        }
        String text = "投产、达产项目" + inProduction + "个，本年新增产值"
                + Wording.yi((BigDecimal) o.get("new_output_yi"));
        long intoProduction = count(o, "into_production_count");
        return text + (intoProduction > 0 ? "，其中本期新投产" + intoProduction + "个。" : "。");
    }

    /** "完成率低于时间进度（50.0%）的项目1个。" or "没有项目滞后于时间进度。" */
    static String behindText(Map<String, Object> o) {
        long behind = count(o, "behind_count");
        if (behind == 0) {
            return "没有项目滞后于时间进度。";
        }
        return "完成率低于时间进度（" + Wording.percent((BigDecimal) o.get("time_progress_pct")) + "）的项目"
                + behind + "个。";
    }
}
