package org.imon.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.profile.PeerGroup;

/**
 * The words of the monthly circular (通报正文): one method per section, each taking the mart rows of
 * {@link MonthlyCircular.Figures} and wording them with {@link Wording}. A section without figures for
 * the period says so instead of failing.
 */
final class CircularText {
    static final String NOTES = "1. 统计范围为规模以上工业企业，即年主营业务收入2000万元及以上的工业法人企业。"
            + "2. 行业分类执行《国民经济行业分类》（GB/T 4754-2017）。"
            + "3. 规模以上工业增加值增速按可比价格计算，为统计部门发布数。"
            + "4. 营业收入、工业总产值、利润总额的增速按同口径（可比口径）计算，即本年统计范围内企业本期累计与其上年同期数相比，不与上年公布的总数相比。"
            + "5. 1月、2月数据合并为1-2月发布；1-2月为年内首期，位次变化不作比较，其余各期位次变化为与上月相比。"
            + "6. 工业用电量、工业增值税为供电、税务部门数据；管理区与县（市、区）一并排名。";

    private CircularText() {
    }

    /**
     * "2024年1-6月，全市规模以上工业增加值增长7.8%（全省增长7.2%，全国增长…），增速在全省居第2位，较上月前移1位。":
     * the rank among the province's cities (the peer group {@code province}) where the profile has one;
     * otherwise among the cities the feed carries, called by the profile's term (省辖市, 周边地市).
     */
    static String headline(ReportingPeriod period, Optional<Map<String, Object>> city, Map<String, Object> benchmark,
            List<Map<String, Object>> peers, String peerTerm) {
        BigDecimal growth = city.map(c -> (BigDecimal) c.get("value_added_growth_pct")).orElse(null);
        if (growth == null) {
            return period.label() + "，本期暂无全市规模以上工业增加值增速数据。";
        }
        StringBuilder text = new StringBuilder(period.label()).append("，全市规模以上工业增加值")
                .append(Wording.growth(growth));
        List<String> beside = new ArrayList<>();
        if (benchmark.get("province_growth_pct") != null) {
            beside.add("全省" + Wording.growth((BigDecimal) benchmark.get("province_growth_pct")));
        }
        if (benchmark.get("nation_growth_pct") != null) {
            beside.add("全国" + Wording.growth((BigDecimal) benchmark.get("nation_growth_pct")));
        }
        if (!beside.isEmpty()) {
            text.append("（").append(String.join("，", beside)).append("）");
        }
        Optional<Map<String, Object>> inProvince = peers.stream()
                .filter(p -> PeerGroup.PROVINCE.equals(p.get("group_code")) && "value_added".equals(p.get("indicator")))
                .findFirst();
        if (inProvince.isPresent()) {
            Map<String, Object> p = inProvince.get();
            text.append("，增速在全省").append(peerRank(p));
            long missing = ((Number) p.get("members_not_reported")).longValue();
            if (missing > 0) {
                text.append("（另有").append(missing).append("个市尚未发布，未参与排名）");
            }
            text.append(peerRankChange(period, p));
        } else if (benchmark.get("city_rank") != null) {
            text.append("，增速在参与对标的").append(benchmark.get("cities")).append("个").append(peerTerm).append("中")
                    .append(Wording.rank(((Number) benchmark.get("city_rank")).intValue(),
                            (Boolean) benchmark.get("city_rank_tied")));
        }
        return text.append("。").toString();
    }

    /**
     * 八、与对标城市比较's words beside its table: 本期暂无对标城市数据 without any peer figure, else the
     * members not yet published, which the table's count of ranked cities leaves out
     * ("全省另有1个市尚未发布，未参与排名。"), or nothing.
     */
    static String peers(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "本期暂无对标城市数据。";
        }
        Map<String, Long> missingByGroup = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            missingByGroup.merge((String) row.get("group_name"), ((Number) row.get("members_not_reported")).longValue(),
                    Math::max);
        }
        return missingByGroup.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + "另有" + e.getValue() + "个市尚未发布，未参与排名。").collect(Collectors.joining());
    }

    /**
     * 八、与对标城市比较's table row: one peer group and indicator, with the city's rank in words (居第N位 /
     * 并列第N位), the cities ranked, the change since last month (前移N位, 与上月持平; 无可比数据 in 1-2月
     * and where last month had no rank) and the rank in the same period last year (第N位, or — ).
     */
    static Map<String, Object> peerRow(ReportingPeriod period, Map<String, Object> row) {
        Map<String, Object> worded = new LinkedHashMap<>(row);
        worded.put("rank_words", peerRank(row));
        Number change = period.period() == 2 ? null : (Number) row.get("rank_change");
        worded.put("rank_change_words", Wording.rankChange(change == null ? null : change.intValue()));
        Number lastYear = (Number) row.get("rank_last_year");
        worded.put("rank_last_year_words", lastYear == null ? "—" : "第" + lastYear + "位");
        return worded;
    }

    private static String peerRank(Map<String, Object> row) {
        return Wording.rank(((Number) row.get("growth_rank")).intValue(), (Boolean) row.get("rank_tied"));
    }

    /** "，较上月前移1位", "，与上月持平", or nothing for 1-2月 and where last month had no rank. */
    private static String peerRankChange(ReportingPeriod period, Map<String, Object> row) {
        Object change = row.get("rank_change");
        if (period.period() == 2 || change == null) {
            return "";
        }
        int placesUp = ((Number) change).intValue();
        return placesUp == 0 ? "，" + Wording.rankChange(0) : "，较上月" + Wording.rankChange(placesUp);
    }

    /** 一、总体运行: the headline, then revenue, output, profit, the profit margin, the count and 增长面. */
    static String overall(ReportingPeriod period, Optional<Map<String, Object>> city, Map<String, Object> benchmark,
            List<Map<String, Object>> peers, Optional<Map<String, Object>> breadth, String peerTerm) {
        StringBuilder text = new StringBuilder(headline(period, city, benchmark, peers, peerTerm));
        if (city.isEmpty() || city.get().get("revenue_yi") == null) {
            return text.append("本期暂无规模以上工业企业月报数据。").toString();
        }
        Map<String, Object> c = city.get();
        text.append("全市").append(c.get("enterprise_count")).append("家规模以上工业企业实现营业收入")
                .append(Wording.yi((BigDecimal) c.get("revenue_yi"))).append("，")
                .append(Wording.growth((BigDecimal) c.get("revenue_growth_pct")));
        if (c.get("output_yi") != null) {
            text.append("；完成工业总产值").append(Wording.yi((BigDecimal) c.get("output_yi"))).append("，")
                    .append(Wording.growth((BigDecimal) c.get("output_growth_pct")));
        }
        if (c.get("profit_yi") != null) {
            text.append("；实现利润总额").append(Wording.yi((BigDecimal) c.get("profit_yi"))).append("，")
                    .append(Wording.growth((BigDecimal) c.get("profit_growth_pct")));
        }
        if (c.get("profit_margin_pct") != null) {
            text.append("；营业收入利润率").append(Wording.percent((BigDecimal) c.get("profit_margin_pct")));
        }
        text.append("。");
        breadth.ifPresent(b -> text.append("在有上年同期数据的").append(b.get("divisions")).append("个行业大类中，")
                .append(b.get("growing_divisions")).append("个产值增长，增长面")
                .append(Wording.percent((BigDecimal) b.get("growing_share_pct"))).append("。"));
        return text.toString();
    }

    /**
     * 二、分县（市、区）: per indicator, the first and the last of its ranking ("禹州市增速最高（增长9.0%），
     * 魏都区增速最低（增长5.0%）"; regions sharing an end are named together), then the indicators
     * without regional figures this period ("本期暂无营业收入、利润总额分县（市、区）数据。"), so that a
     * feed not yet delivered is named rather than its ranking left out in silence.
     */
    static String regions(ReportingPeriod period, List<Map<String, Object>> rankings, List<Map<String, Object>> gaps) {
        Map<String, List<Map<String, Object>>> byIndicator = new LinkedHashMap<>();
        for (Map<String, Object> row : rankings) {
            byIndicator.computeIfAbsent((String) row.get("indicator_name"), k -> new ArrayList<>()).add(row);
        }
        if (byIndicator.isEmpty()) {
            return "本期暂无分县（市、区）数据。";
        }
        StringBuilder text = new StringBuilder();
        byIndicator.forEach((indicator, rows) -> {
            text.append(indicator).append("：").append(end(rows, "is_first", true));
            String last = end(rows, "is_last", false);
            if (!last.isEmpty()) {
                text.append("，").append(last);
            }
            text.append("。");
        });
        if (!gaps.isEmpty()) {
            text.append("本期暂无").append(gaps.stream().map(g -> (String) g.get("indicator_name"))
                    .collect(Collectors.joining("、"))).append("分县（市、区）数据。");
        }
        if (period.period() == 2) {
            text.append("1-2月为年内首期，位次变化不作比较。");
        }
        return text.toString();
    }

    /** "禹州市增速最高（增长9.0%）" or "魏都区、禹州市并列降幅最小（下降5.0%）". */
    private static String end(List<Map<String, Object>> rows, String flag, boolean first) {
        List<String> names = new ArrayList<>();
        BigDecimal growth = null;
        for (Map<String, Object> row : rows) {
            if (Boolean.TRUE.equals(row.get(flag))) {
                names.add((String) row.get("region_name"));
                growth = (BigDecimal) row.get("growth_pct");
            }
        }
        if (names.isEmpty()) {
            return "";
        }
        return String.join("、", names) + (names.size() > 1 ? "并列" : "")
                + (first ? Wording.best(growth) : Wording.worst(growth)) + "（" + Wording.growth(growth) + "）";
    }

    static String rank(Map<String, Object> ranking) {
        return Wording.rank(((Number) ranking.get("rank_by_growth")).intValue(), (Boolean) ranking.get("tied"));
    }

    static String rankChange(Map<String, Object> ranking) {
        Number change = (Number) ranking.get("growth_rank_change");
        return Wording.rankChange(change == null ? null : change.intValue());
    }

    /** The table's remark: the first and the last of the ranking marked, the rest blank. */
    static String mark(Map<String, Object> ranking) {
        BigDecimal growth = (BigDecimal) ranking.get("growth_pct");
        if (Boolean.TRUE.equals(ranking.get("is_first"))) {
            return Wording.best(growth);
        }
        return Boolean.TRUE.equals(ranking.get("is_last")) ? Wording.worst(growth) : "";
    }

    /** 三、分行业: "非金属矿物制品业完成产值5.25亿元，增长11.1%，占全市规上工业产值的7.7%，拉动产值增长0.9个百分点。" */
    static String industries(List<Map<String, Object>> industries) {
        if (industries.isEmpty()) {
            return "本期暂无重点监测行业数据。";
        }
        StringBuilder text = new StringBuilder("重点监测行业中，");
        for (Map<String, Object> i : industries) {
            text.append(i.get("industry_name")).append("完成产值").append(Wording.yi((BigDecimal) i.get("output_yi")));
            if (i.get("growth_pct") != null) {
                text.append("，").append(Wording.growth((BigDecimal) i.get("growth_pct")));
            }
            text.append("，占全市规上工业产值的").append(Wording.percent((BigDecimal) i.get("share_pct")));
            if (i.get("pull_pts") != null) {
                text.append("，").append(pull((BigDecimal) i.get("pull_pts")));
            }
            text.append("。");
        }
        return text.toString();
    }

    /**
     * 三、分行业's closing sentence on the quarterly 产能利用率 survey (seed 002: 稳定在80%左右): the city's rate
     * of the latest quarter ended by the period and its change on the same quarter last year, e.g.
     * "2024年一季度，全市工业产能利用率76.3%，比上年同期提高2.3个百分点。". Empty without a quarter.
     */
    static String capacity(Optional<Map<String, Object>> latestQuarter) {
        if (latestQuarter.isEmpty()) {
            return "";
        }
        Map<String, Object> q = latestQuarter.get();
        StringBuilder text = new StringBuilder().append(q.get("quarter_label")).append("，全市工业产能利用率")
                .append(Wording.percent((BigDecimal) q.get("utilization_pct")));
        BigDecimal change = (BigDecimal) q.get("change_pts");
        if (change != null) {
            text.append("，").append(change.signum() == 0 ? "与上年同期持平"
                    : "比上年同期" + (change.signum() > 0 ? "提高" : "下降") + Wording.fixed(change.abs(), 1) + "个百分点");
        }
        return text.append("。").toString();
    }

    /**
     * 三、分行业, last (seed 001): "全市战略性新兴产业营业收入1925.30亿元，占规上工业比重41.1%，增长11.0%，拉动规上工业
     * 营业收入增长4.4个百分点；产值增长8.7%；其中新能源产业占比最高（15.2%）。" Empty when nothing counts: no
     * register arrived and no enterprise is in a class mapped whole.
     */
    static String emergingIndustries(List<Map<String, Object>> rows) {
        if (rows.isEmpty() || ((Number) rows.get(0).get("enterprise_count")).longValue() == 0) {
            return "";
        }
        Map<String, Object> city = rows.get(0);
        StringBuilder text = new StringBuilder("全市战略性新兴产业营业收入").append(Wording.yi((BigDecimal) city.get("revenue_yi")))
                .append("，占规上工业比重").append(Wording.percent((BigDecimal) city.get("revenue_share_pct")));
        if (city.get("revenue_growth_pct") != null) {
            BigDecimal pull = (BigDecimal) city.get("revenue_pull_pts");
            text.append("，").append(Wording.growth((BigDecimal) city.get("revenue_growth_pct")))
                    .append(pull.signum() < 0 ? "，下拉规上工业营业收入增速" : "，拉动规上工业营业收入增长")
                    .append(Wording.fixed(pull.abs(), 1)).append("个百分点");
        }
        if (city.get("output_growth_pct") != null) {
            text.append("；产值").append(Wording.growth((BigDecimal) city.get("output_growth_pct")));
        }
        if (rows.size() > 1) {
            text.append("；其中").append(rows.get(1).get("category_name")).append("占比最高（")
                    .append(Wording.percent((BigDecimal) rows.get(1).get("revenue_share_pct"))).append("）");
        }
        return text.append("。").toString();
    }

    /** 四、产业集群, in short: how many clusters have met their target, are ahead of or behind time. */
    static String clusters(Map<String, Object> overview) {
        long count = ((Number) overview.get("cluster_count")).longValue();
        if (count == 0) {
            return "本期暂无产业集群数据。";
        }
        StringBuilder text = new StringBuilder("全市").append(count).append("个产业集群中，");
        long met = ((Number) overview.get("met_count")).longValue();
        if (met > 0) {
            text.append(met).append("个").append(Wording.TARGET_MET).append("；");
        }
        return text.append(overview.get("ahead_count")).append("个超时间进度（")
                .append(Wording.percent((BigDecimal) overview.get("time_progress_pct"))).append("），")
                .append(overview.get("behind_count")).append("个欠进度。各集群详见《产业集群营收目标进度》。").toString();
    }

    /** 五、重点企业, in short: each list's output, growth, share and pull. */
    static String keyGroups(List<Map<String, Object>> groups) {
        if (groups.isEmpty()) {
            return "本期暂无重点企业名单数据。";
        }
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> g : groups) {
            text.append(g.get("list_name")).append("（").append(g.get("enterprise_count")).append("家）完成工业总产值")
                    .append(Wording.yi((BigDecimal) g.get("output_yi")));
            if (g.get("growth_pct") != null) {
                text.append("，").append(Wording.growth((BigDecimal) g.get("growth_pct")));
            }
            text.append("，占全市规上工业产值的").append(Wording.percent((BigDecimal) g.get("share_pct")));
            if (g.get("pull_pts") != null) {
                text.append("，").append(pull((BigDecimal) g.get("pull_pts")));
            }
            text.append("。");
        }
        return text.toString();
    }

    /** 六、重点项目, in short: investment against the annual plan, projects behind, projects started producing. */
    static String projects(Optional<Map<String, Object>> summary) {
        if (summary.isEmpty()) {
            return "本期暂无重点项目数据。";
        }
        Map<String, Object> p = summary.get();
        StringBuilder text = new StringBuilder("全市").append(p.get("projects")).append("个重点项目本年累计完成投资")
                .append(Wording.yi((BigDecimal) p.get("invested_yi")));
        if (p.get("completion_pct") != null) {
            text.append("，占年度计划投资（").append(Wording.yi((BigDecimal) p.get("annual_plan_yi"))).append("）的")
                    .append(Wording.percent((BigDecimal) p.get("completion_pct")));
        }
        return text.append("；").append(p.get("behind_schedule")).append("个项目滞后于时间进度，")
                .append(p.get("went_into_production")).append("个项目本期投产。").toString();
    }

    /**
     * 六、重点项目's paragraph on the statistics bureau's 固定资产投资 release (seed 001: 工业投资占比 ≥ 40%):
     * the city's growth of fixed-asset, industrial, manufacturing and 技改 investment and the industrial
     * share, then the regions with the fastest and slowest industrial investment growth. Empty when the
     * period has no release, so that a city without the feed prints nothing.
     */
    static String investment(List<Map<String, Object>> rows) {
        Optional<Map<String, Object>> city = rows.stream().filter(r -> Boolean.TRUE.equals(r.get("is_city"))).findFirst();
        if (city.isEmpty()) {
            return "";
        }
        Map<String, Object> c = city.get();
        StringBuilder text = new StringBuilder("全市固定资产投资").append(Wording.growth((BigDecimal) c.get("fai_growth_pct")))
                .append("，工业投资").append(Wording.growth((BigDecimal) c.get("industrial_growth_pct")));
        if (c.get("industrial_investment_yi") != null) {
            text.append("（完成").append(Wording.yi((BigDecimal) c.get("industrial_investment_yi"))).append("）");
        }
        if (c.get("industrial_share_pct") != null) {
            text.append("，占固定资产投资比重").append(Wording.percent((BigDecimal) c.get("industrial_share_pct")));
        }
        if (c.get("manufacturing_growth_pct") != null) {
            text.append("；制造业投资").append(Wording.growth((BigDecimal) c.get("manufacturing_growth_pct")));
        }
        if (c.get("tech_reform_growth_pct") != null) {
            text.append(c.get("manufacturing_growth_pct") == null ? "；" : "，").append("技术改造投资")
                    .append(Wording.growth((BigDecimal) c.get("tech_reform_growth_pct")));
        }
        text.append("。");
        List<Map<String, Object>> ranked = rows.stream().filter(r -> r.get("rank_by_industrial_growth") != null).toList();
        if (ranked.size() > 1) {
            long lastRank = ranked.stream().mapToLong(r -> ((Number) r.get("rank_by_industrial_growth")).longValue())
                    .max().orElseThrow();
            text.append("分县（市、区）看，工业投资").append(ranksNamed(ranked, 1, Wording::best)).append("，")
                    .append(ranksNamed(ranked, lastRank, Wording::worst)).append("。");
        }
        return text.toString();
    }

    /** "禹州市增速最高（增长13.0%）", or "禹州市、长葛市并列增速最高（增长12.4%）" for a shared rank. */
    private static String ranksNamed(List<Map<String, Object>> ranked, long rank,
            Function<BigDecimal, String> word) {
        List<Map<String, Object>> at = ranked.stream()
                .filter(r -> ((Number) r.get("rank_by_industrial_growth")).longValue() == rank).toList();
        BigDecimal growth = (BigDecimal) at.get(0).get("industrial_growth_pct");
        return at.stream().map(r -> (String) r.get("region_name")).collect(Collectors.joining("、"))
                + (at.size() > 1 ? "并列" : "") + word.apply(growth) + "（" + Wording.growth(growth) + "）";
    }

    /**
     * 一、总体运行's sentence on 单位工业增加值能耗 (seed 001 一(二), seed 002 三): the city's growth of
     * 规模以上工业综合能源消费量 and the change of energy per unit of value added this year, the change
     * since the energy target's base year where it spans more than this year, then the region with the
     * largest fall. Empty when the period has no release, so that a city without the feed prints nothing.
     */
    static String energy(List<Map<String, Object>> rows) {
        Optional<Map<String, Object>> city = rows.stream().filter(r -> Boolean.TRUE.equals(r.get("is_city"))).findFirst();
        if (city.isEmpty()) {
            return "";
        }
        Map<String, Object> c = city.get();
        StringBuilder text = new StringBuilder("全市规模以上工业综合能源消费量")
                .append(Wording.growth((BigDecimal) c.get("energy_growth_pct")));
        BigDecimal change = (BigDecimal) c.get("intensity_change_pct");
        if (change != null) {
            text.append("，单位工业增加值能耗").append(Wording.growth(change));
        }
        BigDecimal sinceBase = (BigDecimal) c.get("change_since_base_pct");
        int baseYear = ((Number) c.get("base_year")).intValue();
        if (sinceBase != null && baseYear < ((Number) c.get("year")).intValue() - 1) {
            text.append("，比").append(baseYear).append("年累计").append(Wording.growth(sinceBase));
        }
        rows.stream().filter(r -> r.get("rank_by_intensity_change") != null).findFirst().ifPresent(first -> {
            BigDecimal firstChange = (BigDecimal) first.get("intensity_change_pct");
            text.append("；分县（市、区）看，").append(first.get("region_name"))
                    .append(firstChange.signum() < 0 ? "降幅最大（" : "增幅最小（").append(Wording.growth(firstChange))
                    .append("）");
        });
        return text.append("。").toString();
    }

    /**
     * 七、企业问题办理情况 (seed 004 二1): the ledger's problems at the period's end, resolved, on time,
     * overdue, and the 办结率 of those within policy scope, for the city and then by region.
     */
    static String problems(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "本期暂无企业问题台账数据。";
        }
        Map<String, Object> city = rows.get(0);
        StringBuilder text = new StringBuilder("全市企业问题台账共有问题").append(city.get("problems")).append("个（本年新受理")
                .append(city.get("new_problems")).append("个，上年结转").append(city.get("carried_over"))
                .append("个），已办结").append(city.get("resolved")).append("个，其中按期办结").append(city.get("resolved_on_time"))
                .append("个；未办结").append(city.get("open_problems")).append("个，其中超期").append(city.get("overdue"))
                .append("个。");
        if (city.get("resolution_rate_pct") == null) {
            return text.append("本期无政策范围内问题。").toString();
        }
        text.append("政策范围内问题").append(city.get("policy_problems")).append("个，已办结").append(city.get("policy_resolved"))
                .append("个，办结率").append(Wording.percent((BigDecimal) city.get("resolution_rate_pct"))).append("。");
        List<String> regions = new ArrayList<>();
        for (Map<String, Object> r : rows.subList(1, rows.size())) {
            if (r.get("resolution_rate_pct") != null) {
                regions.add(r.get("subject_name") + Wording.percent((BigDecimal) r.get("resolution_rate_pct")));
            }
        }
        if (!regions.isEmpty()) {
            text.append("分县（市、区）政策范围内问题办结率：").append(String.join("，", regions)).append("。");
        }
        return text.toString();
    }

    /**
     * 超期未办结问题清单: one numbered line per problem open past its deadline, longest overdue first:
     * "1. 禹州乙陶瓷有限公司（禹州市）用电问题（WT2024-005），禹州市政府承办（转办），办结时限2024年6月12日，已超期18天。"
     */
    static String overdueProblems(List<Map<String, Object>> overdue) {
        if (overdue.isEmpty()) {
            return "本期无超期未办结问题。";
        }
        StringBuilder text = new StringBuilder("超期未办结问题").append(overdue.size()).append("个：");
        int n = 0;
        for (Map<String, Object> p : overdue) {
            text.append("\n").append(++n).append(". ").append(p.get("enterprise_name")).append("（")
                    .append(p.get("region_name")).append("）").append(p.get("category")).append("问题（")
                    .append(p.get("problem_id"));
            if (Boolean.FALSE.equals(p.get("in_policy_scope"))) {
                text.append("，政策范围外");
            }
            text.append("），").append(p.get("handling_unit")).append("承办（").append(p.get("handling_mode"))
                    .append("），办结时限").append(Wording.date(LocalDate.parse(p.get("deadline").toString())))
                    .append("，已超期").append(p.get("days_overdue")).append("天。");
        }
        return text.toString();
    }

    /** "拉动全市产值增长0.9个百分点", or "下拉全市产值1.7个百分点" for a negative pull. */
    static String pull(BigDecimal pullPts) {
        return pullPts.signum() < 0
                ? "下拉全市产值增速" + Wording.fixed(pullPts.abs(), 1) + "个百分点"
                : "拉动全市产值增长" + Wording.fixed(pullPts, 1) + "个百分点";
    }
}
