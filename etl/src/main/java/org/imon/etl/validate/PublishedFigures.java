package org.imon.etl.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Figures copied from a statistics portal (对标数据), not amounts a department typed: the portal's
 * export writes binary floating point, so 1380.8 may arrive as {@code 1380.79999999999}. Such a figure
 * is rounded (四舍五入, half away from zero) to the fewest decimals, at most {@link Amounts#SCALE},
 * that lie within {@link #NOISE} of what was written, which gives back the published 1380.8. A figure
 * that is not that close to any four-decimal number is really more precise than anything published,
 * and is rejected rather than silently cut.
 */
public final class PublishedFigures {
    /** How far float noise can move a figure: far below the fourth decimal, far above 15-digit noise. */
    static final BigDecimal NOISE = new BigDecimal("0.000001");

    private PublishedFigures() {
    }

    /** The figure, or null for none; throws NumberFormatException with a Chinese reason otherwise. */
    public static BigDecimal parse(String raw) {
        if (Amounts.isNone(raw)) {
            return null;
        }
        String written = raw.strip();
        BigDecimal exact;
        try {
            exact = new BigDecimal(written.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw new NumberFormatException("无法识别为数字");
        }
        if (exact.scale() <= Amounts.SCALE) {
            return Amounts.parse(written);
        }
        for (int decimals = 0; decimals <= Amounts.SCALE; decimals++) {
            BigDecimal rounded = exact.setScale(decimals, RoundingMode.HALF_UP);
            if (rounded.subtract(exact).abs().compareTo(NOISE) <= 0) {
                return rounded.setScale(Amounts.SCALE);
            }
        }
        throw new NumberFormatException("小数位数超过" + Amounts.SCALE + "位，且不是导出时的浮点误差（与任何"
                + Amounts.SCALE + "位小数相差超过 " + NOISE.toPlainString() + "）");
    }
}
