package org.imon.reports;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;

/**
 * 百户重点企业: the key-enterprise group the city sets targets for — its output growth, share of all
 * above-scale output and pull on the city's growth, each against its target to date (first-half
 * thresholds up to 1-6月), met or not; its members ranked by pull with the ones that drag (拖累)
 * marked; and who entered and left the list this year. Figures are {@code mart_key_group} and
 * {@code mart_key_group_member}'s; the entries and exits come from the lists themselves
 * ({@code fact_key_list}).
 */
public final class KeyEnterprises implements Report {
    static final String TEMPLATE = "reports/key_enterprises.jasper";
    static final String GROUP_QUERY = "sql/key_enterprises_group.sql";
    static final String TARGETS_QUERY = "sql/key_enterprises_targets.sql";
    static final String MEMBERS_QUERY = "sql/key_enterprises_members.sql";
    static final String CHANGES_QUERY = "sql/key_enterprises_changes.sql";
    static final String CHANGES_OVERVIEW_QUERY = "sql/key_enterprises_changes_overview.sql";

    static final String NOTE = "注：1. 百户重点企业按当年名单统计，产值为规模以上工业总产值本年累计，增速按可比口径计算。"
            + "2. 比重为名单企业产值占全部规模以上工业产值的比重；拉动为名单企业产值增量占全部规模以上工业上年同期产值的百分点数。"
            + "3. 1-6月及以前按上半年目标考核，其后按全年目标考核。"
            + "4. 产值下降（增速、拉动为负）的企业标注为“拖累”。";

    @Override
    public Document compose(Edition edition) throws SQLException {
        Warehouse warehouse = edition.warehouse();
        ReportingPeriod period = edition.period();
        List<Map<String, Object>> groups = warehouse.query(GROUP_QUERY, period.year(), period.period());
        List<Map<String, Object>> members = warehouse.query(MEMBERS_QUERY, period.year(), period.period());
        List<Map<String, Object>> changes = warehouse.query(CHANGES_QUERY, period.year());
        List<Map<String, Object>> rows = new ArrayList<>(warehouse.query(TARGETS_QUERY, period.year(), period.period()));
        for (Map<String, Object> member : members) {
            Map<String, Object> row = new HashMap<>(member);
            row.put("rank_words", Wording.rank(((Number) member.get("pull_rank")).intValue(), (Boolean) member.get("rank_tied")));
            rows.add(row);
        }
        rows.addAll(changes);
        return new Document(TEMPLATE, edition.profile().cityName() + "百户重点企业运行情况",
                Map.of("Overview", overview(period, groups),
                        "Draggers", draggers(members),
                        "Changes", changes(warehouse.query(CHANGES_OVERVIEW_QUERY, period.year()), changes),
                        "Note", NOTE),
                rows);
    }

    /**
     * "2024年1-6月，百户重点企业（4家）完成工业总产值56.00亿元，增长12.0%，未达到12.5%的目标；占规模以上
     * 工业总产值的比重为56.0%，达到53.0%的目标；拉动规模以上工业增长6.7个百分点，达到0.5个百分点的目标；
     * 贡献率为60.0%。3项目标达到2项。"
     */
    static String overview(ReportingPeriod period, List<Map<String, Object>> groups) {
        if (groups.isEmpty()) {
            return period.label() + "，数据仓库中没有设定目标的重点企业名单数据。";
        }
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> g : groups) {
            text.append(period.label()).append("，").append(g.get("list_name")).append("（").append(g.get("enterprise_count"))
                    .append("家）完成工业总产值").append(Wording.yi((BigDecimal) g.get("output_yi"))).append("，")
                    .append(Wording.growth((BigDecimal) g.get("growth_pct")))
                    .append(against(g.get("growth_met"), (BigDecimal) g.get("target_growth_pct"), "%"))
                    .append("；占规模以上工业总产值的比重为").append(Wording.percent((BigDecimal) g.get("share_pct")))
                    .append(against(g.get("share_met"), (BigDecimal) g.get("target_share_pct"), "%"))
                    .append("；").append(pull((BigDecimal) g.get("pull_pts")))
                    .append(against(g.get("pull_met"), (BigDecimal) g.get("target_pull_pts"), "个百分点"))
                    .append("；贡献率为").append(percentOrNone((BigDecimal) g.get("contribution_pct"))).append("。")
                    .append(g.get("target_count")).append("项目标达到").append(g.get("met_count")).append("项。");
        }
        return text.toString();
    }

    /** "，达到12.5%的目标" / "，未达到12.5%的目标", nothing when the year sets no such target. */
    private static String against(Object met, BigDecimal target, String unit) {
        if (target == null || met == null) {
            return "（未设目标）";
        }
        return ((Boolean) met ? "，达到" : "，未达到") + Wording.fixed(target, 1) + unit + "的目标";
    }

    /** "拉动规模以上工业增长6.7个百分点", or "下拉规模以上工业增长1.1个百分点" for a negative pull. */
    static String pull(BigDecimal pullPts) {
        if (pullPts == null) {
            return "拉动" + Wording.NOT_COMPARABLE;
        }
        return (pullPts.signum() < 0 ? "下拉" : "拉动") + "规模以上工业增长" + Wording.fixed(pullPts.abs(), 1) + "个百分点";
    }

    private static String percentOrNone(BigDecimal pct) {
        return pct == null ? Wording.NOT_COMPARABLE : Wording.percent(pct);
    }

    /**
     * "拖累增长的企业1家（表中标注“拖累”），下拉最多的是：鄢陵乙花木有限公司（下降10.0%，下拉规模以上工业增长
     * 1.1个百分点）。" — at most the three that drag most are named; the table marks them all.
     */
    static String draggers(List<Map<String, Object>> members) {
        if (members.isEmpty()) {
            return "";
        }
        long count = members.stream().filter(m -> (Boolean) m.get("dragging")).count();
        if (count == 0) {
            return "名单企业产值均未下降，无拖累增长的企业。";
        }
        List<String> named = members.stream().filter(m -> (Boolean) m.get("named_dragger"))
                .sorted(Comparator.comparing(m -> ((Number) m.get("drag_rank")).intValue()))
                .map(m -> m.get("enterprise_name") + "（" + Wording.growth((BigDecimal) m.get("growth_pct"))
                        + pullClause((BigDecimal) m.get("pull_pts")) + "）")
                .toList();
        return "拖累增长的企业" + count + "家（表中标注“拖累”），下拉最多的是：" + String.join("；", named) + "。";
    }

    /** "，下拉规模以上工业增长1.1个百分点"; nothing for a pull that rounds to 0.0, which would read as none. */
    private static String pullClause(BigDecimal pullPts) {
        return pullPts == null || pullPts.signum() == 0 ? "" : "，" + pull(pullPts);
    }

    /** "与2023年名单相比，新进入2家：许昌丙机械有限公司、鄢陵丁食品有限公司；退出1家：许昌戊纺织有限公司。" */
    static String changes(List<Map<String, Object>> overviews, List<Map<String, Object>> changes) {
        if (overviews.isEmpty()) {
            return "本年度没有设定目标的重点企业名单。";
        }
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> o : overviews) {
            text.append(o.get("list_name"));
            if (!(Boolean) o.get("comparable")) {
                text.append("：数据仓库中没有").append(o.get("previous_year")).append("年名单，无法比较进出情况。");
                continue;
            }
            text.append("与").append(o.get("previous_year")).append("年名单相比，新进入").append(o.get("entrants")).append("家")
                    .append(names(changes, o.get("list_code"), "新进入")).append("；退出").append(o.get("exits")).append("家")
                    .append(names(changes, o.get("list_code"), "退出")).append("。");
        }
        return text.toString();
    }

    private static String names(List<Map<String, Object>> changes, Object listCode, String change) {
        String names = changes.stream().filter(c -> c.get("list_code").equals(listCode) && c.get("change").equals(change))
                .map(c -> (String) c.get("enterprise_name")).collect(Collectors.joining("、"));
        return names.isEmpty() ? "" : "：" + names;
    }
}
