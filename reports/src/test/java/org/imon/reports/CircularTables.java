package org.imon.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;

/**
 * The circular's tables twice: as printed (read back from the PDF's text) and as the test expects
 * them from the mart rows, queried and worded here independently of the report's own SQL.
 */
final class CircularTables {
    private static final List<String> RANKED = List.of("value_added", "revenue", "profit", "electricity", "vat");

    private CircularTables() {
    }

    /** Each ranking, by indicator name: rank, region, total (none for value added), growth, change, mark. */
    static Map<String, List<List<String>>> martRankings(Warehouse warehouse, ReportingPeriod period) throws Exception {
        Map<String, List<List<String>>> rankings = new LinkedHashMap<>();
        for (String indicator : RANKED) {
            List<Map<String, Object>> rows = rows(warehouse, "SELECT * FROM mart_region_indicator WHERE year = ?"
                    + " AND period = ? AND indicator = ? AND growth_pct IS NOT NULL ORDER BY rank_by_growth, sort_order",
                    period.year(), period.period(), indicator);
            long lastRank = rows.stream().mapToLong(r -> ((Number) r.get("rank_by_growth")).longValue()).max().orElse(0);
            List<List<String>> table = new ArrayList<>();
            for (Map<String, Object> r : rows) {
                long rank = ((Number) r.get("rank_by_growth")).longValue();
                boolean tied = rows.stream().filter(o -> ((Number) o.get("rank_by_growth")).longValue() == rank).count() > 1;
                BigDecimal growth = (BigDecimal) r.get("growth_pct");
                List<String> row = new ArrayList<>(List.of((tied ? "并列第" : "居第") + rank + "位", (String) r.get("region_name")));
                if (indicator.equals("electricity")) {
                    row.add(new DecimalFormat("#,##0").format(((BigDecimal) r.get("value_ytd")).setScale(0, RoundingMode.HALF_UP)));
                } else if (!indicator.equals("value_added")) {
                    row.add(new DecimalFormat("#,##0.00").format(r.get("value_yi")));
                }
                row.add(growth.toPlainString());
                Number change = (Number) r.get("growth_rank_change");
                row.add(change == null ? "无可比数据" : change.intValue() == 0 ? "与上月持平"
                        : change.intValue() > 0 ? "前移" + change + "位" : "后移" + (-change.intValue()) + "位");
                if (rank == 1) {
                    row.add(growth.signum() < 0 ? "降幅最小" : "增速最高");
                } else if (rank == lastRank) {
                    row.add(growth.signum() < 0 ? "降幅最大" : "增速最低");
                }
                table.add(row);
            }
            if (!table.isEmpty()) {
                rankings.put((String) rows.get(0).get("indicator_name"), table);
            }
        }
        return rankings;
    }

    /** The rankings as printed, each under the indicator its caption names ("…营业收入增速排名"). */
    static Map<String, List<List<String>>> printedRankings(String text) {
        Map<String, List<List<String>>> rankings = new LinkedHashMap<>();
        List<List<String>> current = null;
        for (String line : text.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.endsWith("增速排名")) {
                String indicator = trimmed.replaceFirst("^\\d{4}年1-\\d{1,2}月", "").replace("增速排名", "");
                current = rankings.computeIfAbsent(indicator, k -> new ArrayList<>());
            } else if (current != null && trimmed.matches("^(居|并列)第\\d+位\\s.*")) {
                current.add(Arrays.asList(trimmed.split("\\s+")));
            } else if (trimmed.startsWith("附表")) {
                current = null;
            }
        }
        return rankings;
    }

    /** The 附表: every region in the profile's order, then the city; figures formatted as printed. */
    static List<List<String>> martMatrix(Warehouse warehouse, ReportingPeriod period) throws Exception {
        List<List<String>> matrix = new ArrayList<>();
        List<Map<String, Object>> regions = rows(warehouse, "SELECT DISTINCT region_name, sort_order FROM"
                + " mart_region_indicator WHERE year = ? AND period = ? ORDER BY sort_order", period.year(), period.period());
        for (Map<String, Object> region : regions) {
            matrix.add(matrixRow((String) region.get("region_name"), rows(warehouse, "SELECT * FROM mart_region_indicator"
                    + " WHERE year = ? AND period = ? AND region_name = ?", period.year(), period.period(),
                    region.get("region_name"))));
        }
        matrix.add(matrixRow("全市", rows(warehouse, "SELECT * FROM mart_city_indicator WHERE year = ? AND period = ?",
                period.year(), period.period())));
        return matrix;
    }

    private static List<String> matrixRow(String name, List<Map<String, Object>> indicators) {
        Map<String, Map<String, Object>> by = new LinkedHashMap<>();
        indicators.forEach(r -> by.put((String) r.get("indicator"), r));
        List<String> row = new ArrayList<>(List.of(name));
        for (String indicator : RANKED) {
            Map<String, Object> r = by.get(indicator);
            if (r == null) {
                continue;
            }
            if (indicator.equals("electricity")) {
                row.add(new DecimalFormat("#,##0").format(((BigDecimal) r.get("value_ytd")).setScale(0, RoundingMode.HALF_UP)));
            } else if (!indicator.equals("value_added")) {
                row.add(new DecimalFormat("#,##0.00").format(r.get("value_yi")));
            }
            if (r.get("growth_pct") != null) {
                row.add(((BigDecimal) r.get("growth_pct")).toPlainString());
            }
        }
        return row;
    }

    /** The 附表 as printed: the lines after its caption that start with a name followed by a figure. */
    static List<List<String>> printedMatrix(String text) {
        List<List<String>> matrix = new ArrayList<>();
        boolean inAnnex = false;
        for (String line : text.split("\\R")) {
            String trimmed = line.trim();
            inAnnex |= trimmed.startsWith("附表");
            List<String> cells = Arrays.asList(trimmed.split("\\s+"));
            if (inAnnex && cells.size() > 1 && !cells.get(0).equals("—") && cells.get(1).matches("-?[\\d,]+(\\.\\d+)?")) {
                matrix.add(cells);
            }
        }
        return matrix;
    }

    /**
     * 八、与对标城市比较's table as printed: the lines between its heading and 附注 whose fourth cell is a
     * rank in words (group, indicator, growth, rank, cities ranked, change, last year's rank).
     */
    static List<List<String>> printedPeers(String text) {
        List<List<String>> peers = new ArrayList<>();
        boolean inSection = false;
        for (String line : text.split("\\R")) {
            String trimmed = line.trim();
            inSection = trimmed.startsWith("八、与对标城市比较") || inSection && !trimmed.startsWith("附注");
            List<String> cells = Arrays.asList(trimmed.split("\\s+"));
            if (inSection && cells.size() > 3 && cells.get(3).matches("(居|并列)第\\d+位")) {
                peers.add(cells);
            }
        }
        return peers;
    }

    private static List<Map<String, Object>> rows(Warehouse warehouse, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = warehouse.connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return Warehouse.rows(rs);
            }
        }
    }
}
