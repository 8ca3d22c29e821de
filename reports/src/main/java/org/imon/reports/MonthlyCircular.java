package org.imon.reports;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;
import org.imon.warehouse.profile.CityProfile;

/**
 * 月度工业经济运行通报: 一、总体运行 (value added first, beside the province and the nation; then energy
 * per unit of value added), 二、分县
 * （市、区） (one ranking per indicator of the 排名通报), 三、分行业 (closing on the strategic emerging industries and the quarter's
 * 产能利用率),
 * 四、产业集群, 五、重点企业,
 * 六、重点项目 (with 固定资产投资 and 工业投资), 七、企业问题办理情况, 八、与对标城市比较, two charts, 附注 and 附表. Every figure is a mart row's, queried by the {@code
 * sql/circular_*.sql} files and worded by {@link CircularText}; nothing is computed here.
 */
public final class MonthlyCircular implements Report {
    static final String TEMPLATE = "reports/monthly_circular.jasper";

    /** Every mart row one issue of the circular prints. */
    record Figures(Optional<Map<String, Object>> city, Map<String, Object> benchmark,
            Optional<Map<String, Object>> breadth, List<Map<String, Object>> rankings,
            List<Map<String, Object>> rankingGaps, List<Map<String, Object>> industries,
            Optional<Map<String, Object>> capacity, Map<String, Object> clusters, List<Map<String, Object>> keyGroups,
            Optional<Map<String, Object>> projects, List<Map<String, Object>> investment,
            List<Map<String, Object>> energy,
            List<Map<String, Object>> emerging,
            List<Map<String, Object>> problems, List<Map<String, Object>> overdueProblems,
            List<Map<String, Object>> peers, List<Map<String, Object>> trend, List<Map<String, Object>> matrix) {
    }

    static Figures figures(Warehouse warehouse, ReportingPeriod period, String province) throws SQLException {
        int year = period.year();
        int month = period.period();
        return new Figures(first(warehouse.query("sql/circular_city.sql", year, month)),
                warehouse.query("sql/circular_benchmark.sql", year, month, province, province).get(0),
                first(warehouse.query("sql/circular_breadth.sql", year, month)),
                warehouse.query("sql/circular_rankings.sql", year, month),
                warehouse.query("sql/circular_ranking_gaps.sql", year, month),
                warehouse.query("sql/circular_industries.sql", year, month),
                first(warehouse.query("sql/circular_capacity.sql", year, month)),
                warehouse.query(ClusterProgress.OVERVIEW_QUERY, year, month).get(0),
                warehouse.query("sql/circular_key_groups.sql", year, month),
                first(warehouse.query("sql/circular_projects.sql", year, month)),
                warehouse.query("sql/circular_investment.sql", year, month),
                warehouse.query("sql/circular_energy.sql", year, month),
                warehouse.query("sql/circular_emerging.sql", year, month),
                warehouse.query("sql/circular_problems.sql", year, month),
                warehouse.query("sql/circular_problems_overdue.sql", year, month),
                warehouse.query("sql/circular_peers.sql", year, month),
                warehouse.query("sql/circular_trend.sql", province, year, month, province),
                warehouse.query("sql/circular_matrix.sql", year, month, year, month));
    }

    @Override
    public Document compose(Edition edition) throws SQLException {
        ReportingPeriod period = edition.period();
        Figures f = figures(edition.warehouse(), period, edition.profile().provinceName());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("Overall", CircularText.overall(period, f.city(), f.benchmark(), f.peers(), f.breadth(), edition.profile().peerCitiesTerm()));
        parameters.put("Regions", CircularText.regions(period, f.rankings(), f.rankingGaps()));
        parameters.put("Industries", CircularText.industries(f.industries())
                + CircularText.emergingIndustries(f.emerging()) + CircularText.capacity(f.capacity()));
        parameters.put("Clusters", CircularText.clusters(f.clusters()));
        parameters.put("KeyGroups", CircularText.keyGroups(f.keyGroups()));
        parameters.put("Projects", CircularText.projects(f.projects()));
        parameters.put("Investment", CircularText.investment(f.investment()));
        parameters.put("Energy", CircularText.energy(f.energy()));
        parameters.put("Problems", CircularText.problems(f.problems()));
        // Without a ledger there is no list of overdue problems to speak of, not an empty one.
        parameters.put("OverdueProblems", f.problems().isEmpty() ? "" : CircularText.overdueProblems(f.overdueProblems()));
        parameters.put("Peers", CircularText.peers(f.peers()));
        parameters.put("PeerRows", f.peers().stream().map(p -> CircularText.peerRow(period, p)).toList());
        parameters.put("Notes", CircularText.NOTES);
        parameters.put("Trend", f.trend());
        parameters.put("RevenueRegions", f.rankings().stream().filter(r -> "revenue".equals(r.get("indicator"))).toList());
        parameters.put("HasAnnex", !f.matrix().isEmpty());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> ranking : f.rankings()) {
            rows.add(worded(ranking));
        }
        if (rows.isEmpty()) {
            // Sections 二 to 八 are the ranking section's group bands: without a row of that section a
            // period that has no regional growth would print 一、总体运行 alone.
            rows.add(Map.of("section", "ranking"));
        }
        rows.addAll(f.matrix());
        return new Document(TEMPLATE, edition.profile().cityName() + "规模以上工业经济运行情况通报", parameters, rows);
    }

    /** The circular's opening paragraph (一、总体运行), as printed, e.g. for the body of an e-mail. */
    public static String headline(Warehouse warehouse, CityProfile profile, ReportingPeriod period)
            throws SQLException {
        Figures f = figures(warehouse, period, profile.provinceName());
        return CircularText.overall(period, f.city(), f.benchmark(), f.peers(), f.breadth(), profile.peerCitiesTerm());
    }

    /** A ranking row with its rank, its change of rank and its mark in words. */
    private static Map<String, Object> worded(Map<String, Object> ranking) {
        Map<String, Object> row = new HashMap<>(ranking);
        row.put("rank_words", CircularText.rank(ranking));
        row.put("rank_change_words", CircularText.rankChange(ranking));
        row.put("mark", CircularText.mark(ranking));
        return row;
    }

    private static Optional<Map<String, Object>> first(List<Map<String, Object>> rows) {
        return rows.stream().findFirst();
    }
}
