package org.imon.warehouse.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imon.warehouse.Resources;

/**
 * The small comma-separated resources this project ships (reference tables, city profiles), read
 * as header-keyed records; and the one rule for quoting a field this project writes. Quoted fields may contain commas and doubled quotes; nothing else is
 * special.
 */
public final class CsvRecords {
    private CsvRecords() {
    }

    public static List<Map<String, String>> read(String resourcePath) {
        return readRows(resourcePath).stream().map(Row::fields).toList();
    }

    /** One record with the line it stands on, for error messages that name the row. */
    public record Row(int line, Map<String, String> fields) {
    }

    public static List<Row> readRows(String resourcePath) {
        List<String> lines = Resources.lines(resourcePath);
        List<String> header = split(lines.get(0));
        List<Row> records = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = split(lines.get(i));
            if (fields.size() != header.size()) {
                throw new IllegalStateException(resourcePath + " line " + (i + 1) + ": expected "
                        + header.size() + " fields, found " + fields.size());
            }
            Map<String, String> record = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                record.put(header.get(c), fields.get(c));
            }
            records.add(new Row(i + 1, record));
        }
        return records;
    }

    /** A field as CSV writes it: quoted, with quotes doubled, only when it holds a comma, quote or line break. */
    public static String field(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
