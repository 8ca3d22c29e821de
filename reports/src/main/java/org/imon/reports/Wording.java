package org.imon.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The phrases official circulars use for figures (公文用语), shared by every report. Each takes a
 * figure exactly as a mart row holds it and only words it: the sign decides 增长 or 下降, the mart's
 * rounding is kept, nothing is computed.
 */
public final class Wording {
    /** Said of a target already reached: never "a negative amount still needed". */
    public static final String TARGET_MET = "已完成全年目标";
    /** The best of regions that all shrank: 降幅最小, never 增速最高. */
    public static final String SMALLEST_FALL = "降幅最小";
    public static final String FASTEST_GROWTH = "增速最高";
    /** The last of a ranking: 降幅最大 when it shrank, else 增速最低. */
    public static final String LARGEST_FALL = "降幅最大";
    public static final String SLOWEST_GROWTH = "增速最低";
    /** Said where there is no comparable base (a new subject, or 1-2月 for a rank change). */
    public static final String NOT_COMPARABLE = "无可比数据";

    private Wording() {
    }

    /** "增长5.3%" or "下降2.1%", at one decimal like the marts' growth rates; 无可比数据 for none. */
    public static String growth(BigDecimal growthPct) {
        if (growthPct == null) {
            return NOT_COMPARABLE;
        }
        // One decimal, or as many as a published figure carries (a province's −3.45 stays −3.45).
        String points = fixed(growthPct.abs(), Math.max(1, growthPct.stripTrailingZeros().scale())) + "%";
        return growthPct.signum() < 0 ? "下降" + points : "增长" + points;
    }

    /** "居第3位", or "并列第3位" when another subject has the same rank. */
    public static String rank(int rank, boolean tied) {
        return (tied ? "并列第" : "居第") + rank + "位";
    }

    /**
     * A rank's change against the previous period, as the marts give it (positive = moved up):
     * "前移2位", "后移1位", "与上月持平", or 无可比数据 when there is no previous rank.
     */
    public static String rankChange(Integer placesUp) {
        if (placesUp == null) {
            return NOT_COMPARABLE;
        }
        if (placesUp == 0) {
            return "与上月持平";
        }
        return placesUp > 0 ? "前移" + placesUp + "位" : "后移" + (-placesUp) + "位";
    }

    /** How the first of a ranking is named: 降幅最小 when its growth is negative, else 增速最高. */
    public static String best(BigDecimal growthOfFirst) {
        return growthOfFirst != null && growthOfFirst.signum() < 0 ? SMALLEST_FALL : FASTEST_GROWTH;
    }

    /** How the last of a ranking is named: 降幅最大 when its growth is negative, else 增速最低. */
    public static String worst(BigDecimal growthOfLast) {
        return growthOfLast != null && growthOfLast.signum() < 0 ? LARGEST_FALL : SLOWEST_GROWTH;
    }

    /** "超进度2.0个百分点", "欠进度3.1个百分点", or "与时间进度持平". */
    public static String againstTimeProgress(BigDecimal aheadPts) {
        if (aheadPts.signum() == 0) {
            return "与时间进度持平";
        }
        return (aheadPts.signum() > 0 ? "超进度" : "欠进度") + fixed(aheadPts.abs(), 1) + "个百分点";
    }

    /**
     * What is left of an annual target: 已完成全年目标 once met, otherwise "月均需完成7.99亿元" for the
     * months left, or "全年目标未完成" when no month is left.
     */
    public static String stillNeeded(boolean met, BigDecimal monthlyNeededYi) {
        if (met) {
            return TARGET_MET;
        }
        return monthlyNeededYi == null ? "全年目标未完成" : "月均需完成" + yi(monthlyNeededYi);
    }

    /** "52.05亿元": an amount in 亿元 at two decimals. */
    public static String yi(BigDecimal amountYi) {
        return fixed(amountYi, 2) + "亿元";
    }

    /** "52.0%": a percentage at one decimal. */
    public static String percent(BigDecimal pct) {
        return fixed(pct, 1) + "%";
    }

    /** "2024年7月15日": a date in Arabic numerals, as GB/T 9704-2012 writes the 成文日期. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * A figure at a fixed number of decimals. The marts already round; this only pads (5 → 5.0) and
     * never rounds a figure further than the mart did.
     */
    static String fixed(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.UNNECESSARY).toPlainString();
    }
}
