package org.imon.warehouse.schema;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's SQL type as written in a schema file. Amounts are DECIMAL so that 万元 figures stay
 * exactly as received; there is no binary floating point in the published tables.
 */
public record ColumnType(Kind kind, int precision, int scale) implements Serializable {

    public enum Kind { VARCHAR, INTEGER, BIGINT, DECIMAL, DATE, TIMESTAMP, BOOLEAN }

    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),(\\d+)\\)");

    public static ColumnType parse(String text) {
        String t = text.trim().toUpperCase().replace(" ", "");
        Matcher m = DECIMAL.matcher(t);
        if (m.matches()) {
            return new ColumnType(Kind.DECIMAL, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        try {
            Kind kind = Kind.valueOf(t);
            if (kind == Kind.DECIMAL) {
                throw new IllegalArgumentException("DECIMAL needs a precision and scale: " + text);
            }
            return new ColumnType(kind, 0, 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unsupported column type: " + text, e);
        }
    }

    /** The type as DuckDB (and standard SQL) spells it. */
    public String sql() {
        return kind == Kind.DECIMAL ? "DECIMAL(" + precision + "," + scale + ")" : kind.name();
    }
}
