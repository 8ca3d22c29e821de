package org.imon.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.imon.warehouse.reference.CsvRecords;

/**
 * How {@code imon sql} prints rows: an aligned table for reading in a terminal (Chinese characters
 * count two columns wide), CSV with a byte-order mark so that Excel shows the Chinese, or JSON.
 */
enum ResultFormat {
    TABLE {
        @Override
        String render(List<String> columns, List<Map<String, Object>> rows) {
            int[] widths = columns.stream().mapToInt(ResultFormat::width).toArray();
            List<List<String>> cells = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                List<String> line = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    String cell = text(row.get(columns.get(c)));
                    widths[c] = Math.max(widths[c], width(cell));
                    line.add(cell);
                }
                cells.add(line);
            }
            StringBuilder out = new StringBuilder();
            appendLine(out, columns, widths);
            List<String> rule = new ArrayList<>();
            for (int width : widths) {
                rule.add("-".repeat(width));
            }
            appendLine(out, rule, widths);
            cells.forEach(line -> appendLine(out, line, widths));
            out.append("(").append(rows.size()).append(" 行)\n");
            return out.toString();
        }
    },
    CSV {
        @Override
        String render(List<String> columns, List<Map<String, Object>> rows) {
            StringBuilder out = new StringBuilder("\uFEFF");
            out.append(columns.stream().map(CsvRecords::field).collect(Collectors.joining(","))).append("\r\n");
            for (Map<String, Object> row : rows) {
                out.append(columns.stream().map(c -> CsvRecords.field(text(row.get(c)))).collect(Collectors.joining(",")))
                        .append("\r\n");
            }
            return out.toString();
        }
    },
    JSON {
        @Override
        String render(List<String> columns, List<Map<String, Object>> rows) {
            StringBuilder out = new StringBuilder("[");
            for (int r = 0; r < rows.size(); r++) {
                out.append(r == 0 ? "\n  {" : ",\n  {");
                for (int c = 0; c < columns.size(); c++) {
                    Object value = rows.get(r).get(columns.get(c));
                    out.append(c == 0 ? "" : ", ").append(jsonString(columns.get(c))).append(": ").append(jsonValue(value));
                }
                out.append("}");
            }
            return out.append(rows.isEmpty() ? "]\n" : "\n]\n").toString();
        }
    };

    abstract String render(List<String> columns, List<Map<String, Object>> rows);

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    /** Columns a string takes in a terminal: East Asian wide characters take two. */
    static int width(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD));
    }

    private static void appendLine(StringBuilder out, List<String> cells, int[] widths) {
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            out.append(c == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[c] - width(cell)));
        }
        out.append('\n');
    }


    private static String jsonValue(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        }
        return jsonString(value.toString());
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
