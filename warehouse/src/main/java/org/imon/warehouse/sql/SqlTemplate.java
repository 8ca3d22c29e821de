package org.imon.warehouse.sql;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imon.warehouse.Resources;

/**
 * A SQL resource file with {@code ${name}} placeholders. Every placeholder must be given a value, so
 * that a half-filled statement never reaches DuckDB.
 */
public final class SqlTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

    private final String path;
    private final String text;

    private SqlTemplate(String path, String text) {
        this.path = path;
        this.text = text;
    }

    public static SqlTemplate load(String resourcePath) {
        return new SqlTemplate(resourcePath, Resources.text(resourcePath));
    }

    public String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(path + ": no value for ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String text() {
        return render(Map.of());
    }

    /** A string literal for a file path or name, with single quotes doubled. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
