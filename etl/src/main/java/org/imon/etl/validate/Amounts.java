package org.imon.etl.validate;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Numbers as departments type them: thousands separators, blank or a dash for none. Amounts keep up
 * to four decimals (万元 to the yuan), exactly as written.
 */
public final class Amounts {
    public static final int SCALE = 4;
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
        String cleaned = raw.strip().replace(",", "").replace("，", "");
        BigDecimal value;
        try {
            value = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("无法识别为数字");
        }
        if (value.scale() > SCALE) {
            throw new NumberFormatException("小数位数超过" + SCALE + "位");
        }
        return value.setScale(SCALE);
    }
}
