package org.imon.etl.validate;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers as departments type them: thousands separators, blank or a dash for none. A separator out
 * of place ({@code 1,2345.6}) is a typing mistake to send back, not a number to guess. Amounts keep up
 * to four decimals (万元 to the yuan), exactly as written.
 */
public final class Amounts {
    public static final int SCALE = 4;
    /** Thousands separators, where there are any, every three digits of the whole part and only there. */
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}([,，]\\d{3})+(\\.\\d*)?");
    private static final Set<String> NONE = Set.of("", "-", "--", "—", "——", "/", "－");

    private Amounts() {
    }

    /** Whether a cell means "no figure". */
    public static boolean isNone(String raw) {
        return raw == null || NONE.contains(raw.strip());
    }

    /** The amount, or null for none; throws NumberFormatException with a Chinese reason otherwise. */
    public static BigDecimal parse(String raw) {
        if (isNone(raw)) {
            return null;
        }
        String written = raw.strip();
        String cleaned = written.replace(",", "").replace("，", "");
        BigDecimal value;
        try {
            value = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("无法识别为数字");
        }
        if (!cleaned.equals(written) && !GROUPED.matcher(written).matches()) {
            throw new NumberFormatException("千分位分隔符位置不对（应每三位一个，如 12,345.6），无法确定数值");
        }
        if (value.scale() > SCALE) {
            throw new NumberFormatException("小数位数超过" + SCALE + "位");
        }
        return value.setScale(SCALE);
    }
}
