package org.imon.etl.feed;

import java.io.Serializable;
import java.util.List;

/**
 * One column of a department's file: its canonical name, the Chinese header the department writes
 * (and other spellings seen), how its cells are checked, and whether it must be present.
 */
public record FeedColumn(String name, String header, List<String> aliases, Kind kind, Presence presence)
        implements Serializable {

    public enum Kind {
        /** 统一社会信用代码 with a valid GB 32100 check character. */
        CREDIT_CODE,
        /** Free text, such as a name. */
        TEXT,
        /** An identifier or a code word, such as a project number. */
        CODE,
        /** One of the city's regions, in use in the file's year. */
        REGION_CODE,
        /** One of the city's regions in use in the file's year, by its code or its name (full or short). */
        REGION,
        /** One of the city's regions, or the city itself. */
        AREA_CODE,
        /** A GB/T 4754-2017 class (小类) in sections B, C or D; a leading section letter is allowed. */
        INDUSTRY_CODE,
        /**
         * A GB/T 4754-2017 industrial section (B, C, D) or division (06–46), as surveys are published;
         * a leading section letter is allowed ({@code C36} is division 36). Blank: industry as a whole.
         */
        INDUSTRY_DIVISION,
        /** An amount that cannot be negative. */
        AMOUNT,
        /** An amount that may be negative, such as a profit. */
        SIGNED_AMOUNT,
        /** A signed number, such as a growth rate; a trailing % is allowed. */
        NUMBER,
        /** A share (比重) in percent, from 0 to 100; a trailing % is allowed. */
        SHARE,
        /**
         * A signed figure copied from a statistics portal (benchmarks): like NUMBER, but float noise
         * from the export ({@code 1380.79999999999}) is rounded back to the published figure.
         */
        PUBLISHED_NUMBER,
        /** An industry named as GB/T 4754 names it: an industrial section or division (benchmarks). */
        INDUSTRY_NAME,
        /** A whole number, not negative. */
        COUNT,
        /** A key project's status: 签约, 开工, 投产 or 达产. */
        STATUS,
        /** A day: YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日. */
        DATE,
        /** 是 or 否. */
        YES_NO,
        /** How a problem was handed on: 转办 or 督办. */
        HANDLING_MODE,
        /** A problem's state: 办理中 or 已办结. */
        PROBLEM_STATUS,
        /** A month, written YYYY-MM. */
        YEAR_MONTH,
        /** A period: a year (YYYY, or YYYY年) or a month's year to date (YYYY-MM). */
        YEAR_MONTH_OR_YEAR,
        /** One of the nine categories of 战略性新兴产业分类（2018）, by its number (1–9) or its name. */
        SEI_CATEGORY
    }

    public enum Presence {
        /** The column must exist and every row must fill it. */
        VALUE,
        /** The column must exist; a cell may be blank (none). */
        COLUMN,
        /** The column may be absent. */
        OPTIONAL
    }

    public boolean matches(String normalizedHeader) {
        return Headers.normalize(header).equals(normalizedHeader)
                || aliases.stream().anyMatch(a -> Headers.normalize(a).equals(normalizedHeader));
    }
}
