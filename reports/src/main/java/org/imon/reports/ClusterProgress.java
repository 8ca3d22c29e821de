package org.imon.reports;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imon.warehouse.ReportingPeriod;

/**
 * 产业集群营收目标进度: every industry cluster's revenue against its annual target (the 1,500 / 500 /
 * 300 / 100亿元 tiers, or the year's own target), its completion against the time progress, its
 * growth, and what a month it still needs; a chart of completion against the time-progress line.
 * Figures are {@code mart_cluster_progress}'s, worded here; clusters overlap and are never added up.
 */
public final class ClusterProgress implements Report {
    static final String TEMPLATE = "reports/clusters.jasper";
    static final String CLUSTERS_QUERY = "sql/clusters.sql";
    static final String OVERVIEW_QUERY = "sql/clusters_overview.sql";

    @Override
    public Document compose(Edition edition) throws SQLException {
        ReportingPeriod period = edition.period();
        List<Map<String, Object>> clusters = edition.warehouse().query(CLUSTERS_QUERY, period.year(), period.period());
        if (clusters.isEmpty()) {
            throw new IllegalStateException("数据仓库中没有 " + period.label() + " 的产业集群数据（mart_cluster_progress）");
        }
        Map<String, Object> overview = edition.warehouse().query(OVERVIEW_QUERY, period.year(), period.period()).get(0);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> cluster : clusters) {
            Map<String, Object> row = new HashMap<>(cluster);
            row.put("still_needed", stillNeededCell(cluster));
            rows.add(row);
        }
        return new Document(TEMPLATE, edition.profile().cityName() + "产业集群营业收入目标完成情况",
                Map.of("Overview", overview(period, overview),
                        "Details", details(clusters),
                        "TimeProgress", overview.get("time_progress_pct"),
                        "Note", NOTE),
                rows);
    }

    static final String NOTE = "注：1. 产业集群按产业链划分，一家企业可同时属于多个集群，各集群数据不能相加。"
            + "2. 营业收入为规模以上工业企业本年累计，同比增长按可比口径计算。"
            + "3. 完成率为累计营业收入占全年目标的比重；时间进度为已过月数占全年的比重；"
            + "超（+）欠（−）进度为完成率与时间进度之差。"
            + "4. 月均需完成为完成全年目标在剩余月份平均每月需实现的营业收入。";

    /** "2024年1-6月，全市3个产业集群中，1个已完成全年目标；2个超时间进度（50.0%），1个欠进度。" */
    static String overview(ReportingPeriod period, Map<String, Object> overview) {
        StringBuilder text = new StringBuilder(period.label()).append("，全市").append(overview.get("cluster_count"))
                .append("个产业集群中，");
        long met = ((Number) overview.get("met_count")).longValue();
        if (met > 0) {
            text.append(met).append("个").append(Wording.TARGET_MET).append("；");
        }
        text.append(overview.get("ahead_count")).append("个超时间进度（")
                .append(Wording.percent((BigDecimal) overview.get("time_progress_pct"))).append("），")
                .append(overview.get("behind_count")).append("个欠进度。");
        return text.toString();
    }

    /**
     * One sentence per cluster, e.g. "装备制造产业集群实现营业收入52.05亿元，增长18.8%，完成全年目标
     * （100.00亿元）的52.0%，超进度2.0个百分点，月均需完成7.99亿元。"
     */
    static String details(List<Map<String, Object>> clusters) {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> c : clusters) {
            text.append(c.get("cluster_name")).append("产业集群实现营业收入").append(Wording.yi((BigDecimal) c.get("revenue_yi")))
                    .append("，").append(Wording.growth((BigDecimal) c.get("growth_pct")))
                    .append("，完成全年目标（").append(Wording.yi((BigDecimal) c.get("target_yi"))).append("）的")
                    .append(Wording.percent((BigDecimal) c.get("completion_pct"))).append("，")
                    .append(Wording.againstTimeProgress((BigDecimal) c.get("ahead_pts"))).append("，")
                    .append(Wording.stillNeeded((Boolean) c.get("target_met"), (BigDecimal) c.get("monthly_needed_yi")))
                    .append("。");
        }
        return text.toString();
    }

    /** The table's last column: the amount a month still needed as a number, or the words when there is none. */
    private static Object stillNeededCell(Map<String, Object> cluster) {
        boolean met = (Boolean) cluster.get("target_met");
        BigDecimal needed = (BigDecimal) cluster.get("monthly_needed_yi");
        return met || needed == null ? Wording.stillNeeded(met, needed) : needed;
    }
}
