package org.imon.reports;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;

/**
 * 同比对比: this year against the four years before it, as far as the warehouse holds them — the city's
 * cumulative growth of value added, revenue, output and profit period by period (1-2月 … 1-12月), with
 * a line chart per indicator; and each region's and each cluster's revenue at this period across the
 * years. Figures are {@code mart_city_indicator}'s and {@code mart_yoy_series}'s. Where the years run
 * across a change of region code (许昌县 → 建安区 in 2017), the note says the series continues; the
 * year comes from the region history ({@code dim_region}).
 */
public final class YearOverYear implements Report {
    static final String TEMPLATE = "reports/yoy.jasper";
    static final String CITY_GROWTH_QUERY = "sql/yoy_city_growth.sql";
    static final String CITY_TABLE_QUERY = "sql/yoy_city_table.sql";
    static final String YEARS_QUERY = "sql/yoy_years.sql";
    static final String SUBJECTS_QUERY = "sql/yoy_subjects.sql";
    static final String REGION_CHANGES_QUERY = "sql/yoy_region_changes.sql";
    /** The year columns of the region and cluster tables: the report's year and the four before it. */
    static final int YEAR_SLOTS = 5;
    /** The row that places the charts (one band each) between the city table and the region table. */
    static final String CHARTS_SECTION = "charts";

    static final String NOTE = "注：1. 增速均为本年累计同比增速（%），按可比口径计算；规模以上工业增加值增速为统计部门按可比价格计算的数据。"
            + "2. 各年数据为当年规模以上工业企业的数据，未追溯调整以前年度。"
            + "3. 各地区按现行区划统计。";

    @Override
    public Document compose(Edition edition) throws SQLException {
        Warehouse warehouse = edition.warehouse();
        ReportingPeriod period = edition.period();
        int year = period.year();
        int month = period.period();
        List<Map<String, Object>> cityGrowth = warehouse.query(CITY_GROWTH_QUERY, year, month);
        List<Map<String, Object>> regions = warehouse.query(SUBJECTS_QUERY, year, month, "region");
        List<Map<String, Object>> clusters = warehouse.query(SUBJECTS_QUERY, year, month, "cluster");
        List<Map<String, Object>> rows = new ArrayList<>(warehouse.query(CITY_TABLE_QUERY, year, month));
        if (!cityGrowth.isEmpty()) {
            rows.add(Map.of("section", CHARTS_SECTION));
        }
        rows.addAll(regions);
        rows.addAll(clusters);

        Map<String, Object> parameters = new HashMap<>();
        for (int slot = 1; slot <= YEAR_SLOTS; slot++) {
            parameters.put("Year" + slot, "");
        }
        for (Map<String, Object> held : warehouse.query(YEARS_QUERY, year, month)) {
            parameters.put("Year" + held.get("slot"), held.get("year_label"));
        }
        parameters.put("CityGrowth", cityGrowth);
        // A chart whose indicator has no figures (say, no enterprise report yet) is a sentence instead.
        parameters.put("ChartedIndicators", cityGrowth.stream().map(r -> (String) r.get("indicator")).collect(Collectors.toSet()));
        parameters.put("Overview", overview(period, cityGrowth));
        parameters.put("Subjects", subjects(period, regions, clusters));
        parameters.put("Note", NOTE + regionChanges(warehouse.query(REGION_CHANGES_QUERY, year, month)));
        return new Document(TEMPLATE, edition.profile().cityName() + "工业经济主要指标同比对比", parameters, rows);
    }

    /**
     * The city at this period against the same period of earlier years, e.g. "2024年1-6月，全市规模以上
     * 工业增加值增长7.8%；营业收入增长13.5%，2023年同期增长8.1%；……"
     */
    static String overview(ReportingPeriod period, List<Map<String, Object>> cityGrowth) {
        Map<String, List<Map<String, Object>>> byIndicator = new LinkedHashMap<>();
        for (Map<String, Object> row : cityGrowth) {
            if (((Number) row.get("period")).intValue() == period.period()) {
                byIndicator.computeIfAbsent((String) row.get("indicator_name"), name -> new ArrayList<>()).add(row);
            }
        }
        if (byIndicator.isEmpty()) {
            return period.label() + "，数据仓库中没有全市主要指标本期及以前年度同期的数据。";
        }
        List<String> clauses = new ArrayList<>();
        byIndicator.forEach((name, years) -> {
            List<String> parts = new ArrayList<>();
            Map<String, Object> current = years.get(years.size() - 1);
            if (((Number) current.get("year")).intValue() == period.year()) {
                parts.add(name + Wording.growth((BigDecimal) current.get("growth_pct")));
                years = years.subList(0, years.size() - 1);
            } else {
                parts.add(name + "本期无数据");
            }
            for (int i = years.size() - 1; i >= 0; i--) {
                parts.add(years.get(i).get("year_label") + "同期" + Wording.growth((BigDecimal) years.get(i).get("growth_pct")));
            }
            clauses.add(String.join("，", parts));
        });
        return period.label() + "，全市" + String.join("；", clauses) + "。";
    }

    /** What the region and cluster tables hold, or that the warehouse has none for this period. */
    static String subjects(ReportingPeriod period, List<Map<String, Object>> regions, List<Map<String, Object>> clusters) {
        String regionText = regions.isEmpty() ? "数据仓库中没有各县（市、区）" + period.label() + "及以前年度同期的营业收入数据"
                : "各县（市、区）营业收入与以前年度同期比较见表二";
        String clusterText = clusters.isEmpty() ? "没有产业集群" + period.label() + "及以前年度同期的营业收入数据"
                : "各产业集群营业收入与以前年度同期比较见表三";
        return regionText + "；" + clusterText + "。";
    }

    /** "4. 许昌县（411023）自2017年起为建安区（411003），建安区2017年以前的数据为原许昌县数据，系列连续。" */
    static String regionChanges(List<Map<String, Object>> changes) {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> c : changes) {
            text.append(c.get("old_name")).append("（").append(c.get("old_code")).append("）自").append(c.get("change_year"))
                    .append("年起为").append(c.get("new_name")).append("（").append(c.get("new_code")).append("），")
                    .append(c.get("new_name")).append(c.get("change_year")).append("年以前的数据为原")
                    .append(c.get("old_name")).append("数据，系列连续。");
        }
        return text.isEmpty() ? "" : "4. " + text;
    }
}
