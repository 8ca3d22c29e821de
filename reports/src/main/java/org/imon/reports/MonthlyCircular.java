package org.imon.reports;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;

/**
 * 月度工业经济运行通报: the city's headline figures, then every region ranked by comparable-basis
 * revenue growth. Every number comes from the warehouse views unchanged; this class only words them.
 */
public final class MonthlyCircular implements Report {
    static final String TEMPLATE = "reports/monthly_circular.jrxml";
    static final String CITY_QUERY = "sql/circular_city.sql";
    static final String REGIONS_QUERY = "sql/circular_regions.sql";

    /** The figures a circular prints: the city's indicators and the regions' ranking. */
    public record Figures(List<Map<String, Object>> city, List<Map<String, Object>> regions) {
    }

    public static Figures figures(Warehouse warehouse, ReportingPeriod period) throws SQLException {
        Figures figures = new Figures(warehouse.query(CITY_QUERY, period.year(), period.period()),
                warehouse.query(REGIONS_QUERY, period.year(), period.period()));
        if (figures.city().isEmpty() || figures.regions().isEmpty()) {
            throw new IllegalStateException("数据仓库中没有 " + period.label() + " 的企业月报数据");
        }
        return figures;
    }

    @Override
    public Document compose(Edition edition) throws SQLException {
        ReportingPeriod period = edition.period();
        Figures figures = figures(edition.warehouse(), period);
        return new Document(TEMPLATE, edition.profile().cityName() + "规模以上工业经济运行情况通报", Map.of(
                "Summary", summary(period, figures),
                "TableTitle", period.label() + "各县（市、区）及管理区营业收入增速排名",
                "Note", "注：1. 统计范围为规模以上工业企业（年主营业务收入2000万元及以上）。"
                        + "2. 营业收入为1-" + period.period() + "月累计；增速按可比口径计算，即本年企业本期累计与其上年同期累计相比。"
                        + "3. 位次变化为与上期（1-" + (period.period() - 1) + "月）相比；1-2月为年内首期，不作比较。"),
                figures.regions());
    }

    /** The circular's opening paragraph (the city's figures and the fastest and slowest regions), e.g. for an e-mail. */
    public static String headline(Warehouse warehouse, ReportingPeriod period) throws SQLException {
        return summary(period, figures(warehouse, period));
    }

    /** The written summary: the city's totals and growth, then the fastest and slowest regions. */
    static String summary(ReportingPeriod period, Figures figures) {
        StringBuilder text = new StringBuilder(period.label()).append("，全市规模以上工业企业")
                .append(figures.city().get(0).get("enterprise_count")).append("家");
        String separator = "，";
        for (Map<String, Object> indicator : figures.city()) {
            text.append(separator).append(indicator.get("indicator").equals("revenue") ? "实现" : "")
                    .append(indicator.get("indicator_name"))
                    .append(((BigDecimal) indicator.get("value_yi")).setScale(2).toPlainString()).append("亿元，")
                    .append(growthPhrase((BigDecimal) indicator.get("growth_pct")));
            separator = "；";
        }
        text.append("。");
        List<Map<String, Object>> regions = figures.regions();
        if (regions.size() > 1) {
            Map<String, Object> first = regions.get(0);
            Map<String, Object> last = regions.get(regions.size() - 1);
            text.append("分地区看，营业收入增速最高的是").append(first.get("region_name"))
                    .append("（").append(growthPhrase((BigDecimal) first.get("growth_pct"))).append("），最低的是")
                    .append(last.get("region_name")).append("（")
                    .append(growthPhrase((BigDecimal) last.get("growth_pct"))).append("）。");
        }
        return text.toString();
    }

    /** "同比增长5.3%", "同比下降2.1%", or "无可比数据" when there is no comparable base. */
    static String growthPhrase(BigDecimal growth) {
        if (growth == null) {
            return "无可比数据";
        }
        String points = growth.abs().setScale(1).toPlainString() + "%";
        return growth.signum() < 0 ? "同比下降" + points : "同比增长" + points;
    }
}
