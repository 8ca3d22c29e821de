package org.imon.etl.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imon.warehouse.ReportingPeriod;

/** How a feed's folders name what the files in them cover. */
public enum FolderKind {
    /** {@code YYYY-MM}, MM = 02 … 12: the year-to-date period 1-MM月. 1月 is never published alone. */
    YTD_PERIOD,
    /** {@code YYYY-MM}, MM = 01 … 12: one calendar month, January included. */
    MONTH,
    /** {@code YYYY}: a whole year. */
    YEAR,
    /**
     * {@code YYYY-Qn}, n = 1 … 4: one quarter (季度), such as the 产能利用率 survey's. It stands for the
     * quarter's last month (3, 6, 9, 12), which is how its rows are stored.
     */
    QUARTER;

    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");
    private static final Pattern MONTH_LIKE = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR_QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /**
     * The year and month (0 for a year folder, the quarter's last month for a quarter folder) a folder
     * stands for, or null when its name does not fit.
     */
    public int[] parse(String folderName) {
        if (this == QUARTER) {
            Matcher q = YEAR_QUARTER.matcher(folderName);
            return q.matches() ? new int[] {Integer.parseInt(q.group(1)), 3 * Integer.parseInt(q.group(2))} : null;
        }
        if (this == YEAR) {
            return YEAR_ONLY.matcher(folderName).matches() ? new int[] {Integer.parseInt(folderName), 0} : null;
        }
        if (this == YTD_PERIOD) {
            return ReportingPeriod.parse(folderName).map(p -> new int[] {p.year(), p.period()}).orElse(null);
        }
        Matcher m = YEAR_MONTH.matcher(folderName);
        if (!m.matches()) {
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        return month >= 1 && month <= 12 ? new int[] {Integer.parseInt(m.group(1)), month} : null;
    }

    /**
     * What is wrong with a folder name that {@link #parse} refused, and how it should be written: a
     * January folder of a year-to-date feed, a month that does not exist, a month without its zero, a
     * quarter filed under its last month.
     */
    public String problem(String folderName) {
        Matcher m = MONTH_LIKE.matcher(folderName);
        String actual = "，实际为 " + folderName;
        if (this == QUARTER && m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month % 3 == 0 && month >= 3 && month <= 12) {
                // a quarter filed under its last month, as a year-to-date folder would be named
                return "季度数据按季度存放：" + month + "月为第" + month / 3 + "季度末，应放在 " + m.group(1) + "-Q"
                        + month / 3 + " 目录" + actual;
            }
        }
        if (this == YEAR || this == QUARTER || !m.matches()) {
            return rule() + actual;
        }
        String months = this == YTD_PERIOD ? "MM 为 02 至 12" : "MM 为 01 至 12";
        int month = Integer.parseInt(m.group(2));
        if (month == 1 && this == YTD_PERIOD) {
            return "1月不单独发布，年内第一期为1-2月，应放在 " + m.group(1) + "-02 目录" + actual;
        }
        if (m.group(2).length() == 1 && month >= 1) {
            return "月份应写两位数，如 " + m.group(1) + "-0" + month + "（" + months + "）" + actual;
        }
        return "月份 " + m.group(2) + " 不存在：目录名应为 YYYY-MM，" + months + actual;
    }

    /** What an analyst should have named the folder. */
    public String rule() {
        return switch (this) {
            case YTD_PERIOD -> "目录名应为 YYYY-MM，MM 为 02 至 12（02 即 1-2月，1月不单独发布）";
            case MONTH -> "目录名应为 YYYY-MM，MM 为 01 至 12";
            case YEAR -> "目录名应为年份 YYYY";
            case QUARTER -> "目录名应为 YYYY-Qn，n 为 1 至 4（季度，如 2024-Q2 即二季度）";
        };
    }
}
