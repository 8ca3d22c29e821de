package org.imon.etl.feed;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imon.etl.validate.RejectReason;

/**
 * A rule between a row's cells, from a feed file's {@code # check:} lines, such as a problem's deadline
 * not before the day it was raised (办结时限不早于反映日期), a closing date wherever the status says
 * closed (已办结须有办结日期), or a part not above its whole (工业投资不大于固定资产投资). Dates are
 * compared as the ISO {@code YYYY-MM-DD} the reader makes of them, numbers as decimals.
 *
 * @param column the column the rule is about, named in a rejection
 * @param test   how it is judged
 * @param other  the column it is judged against (none for {@link Test#WITHIN_FOLDER})
 * @param value  the other column's value that triggers it ({@link Test#REQUIRED_WHEN}, {@link Test#BLANK_WHEN})
 */
public record RowRule(String column, Test test, String other, String value) implements Serializable {

    public enum Test {
        /** A date not earlier than the other column's date. */
        NOT_BEFORE,
        /** A value wherever the other column holds the given value. */
        REQUIRED_WHEN,
        /** No value wherever the other column holds the given value. */
        BLANK_WHEN,
        /** A value wherever the other column is blank, such as a published share where no levels give it. */
        REQUIRED_UNLESS,
        /** A value wherever the other column has one, such as a whole beside its part. */
        REQUIRED_WITH,
        /** A number not above the other column's, such as a part not above its whole. */
        NOT_ABOVE,
        /** A date not after the last day of the month its folder stands for. */
        WITHIN_FOLDER
    }

    private static final Pattern RULE = Pattern.compile("(\\w+)\\s+"
            + "(not_before|required_when|blank_when|required_unless|required_with|not_above|within_folder)"
            + "(?:\\s+(\\w+)(?:=(\\S+))?)?");

    /** Why a row breaks the rule: the reason and what exactly is wrong, for the quarantine. */
    public record Breach(RejectReason reason, String detail) {
    }

    /**
     * Judges a row whose cells all passed their own checks.
     *
     * @param values the row's values by canonical column name (days as ISO text)
     * @param folder the month the row's folder stands for
     * @param header the Chinese header of a column, for the message
     */
    public Optional<Breach> judge(Map<String, Object> values, YearMonth folder, Function<String, String> header) {
        Object value = values.get(column);
        Object against = other == null ? null : values.get(other);
        boolean triggered = this.value != null && this.value.equals(against);
        return Optional.ofNullable(switch (test) {
            case NOT_BEFORE -> value != null && against != null && value.toString().compareTo(against.toString()) < 0
                    ? new Breach(RejectReason.DATE_ORDER, header.apply(column) + " " + value + " 早于" + header.apply(other)
                            + " " + against)
                    : null;
            case REQUIRED_WHEN -> value == null && triggered ? new Breach(RejectReason.MISSING_FOR_STATUS,
                    header.apply(other) + "为" + this.value + "，应填写" + header.apply(column)) : null;
            case BLANK_WHEN -> value != null && triggered ? new Breach(RejectReason.FILLED_FOR_STATUS,
                    header.apply(other) + "为" + this.value + "，不应填写" + header.apply(column)) : null;
            case REQUIRED_UNLESS -> value == null && against == null ? new Breach(RejectReason.MISSING_WITHOUT_OTHER,
                    "未填写" + header.apply(other) + "，应填写" + header.apply(column)) : null;
            case REQUIRED_WITH -> value == null && against != null ? new Breach(RejectReason.MISSING_WITH_OTHER,
                    "已填写" + header.apply(other) + "，应填写" + header.apply(column)) : null;
            case NOT_ABOVE -> value != null && against != null && decimal(value).compareTo(decimal(against)) > 0
                    ? new Breach(RejectReason.PART_EXCEEDS_WHOLE, header.apply(column) + " " + plain(value) + " 大于"
                            + header.apply(other) + " " + plain(against))
                    : null;
            case WITHIN_FOLDER -> value != null && LocalDate.parse(value.toString()).isAfter(folder.atEndOfMonth())
                    ? new Breach(RejectReason.DATE_AFTER_FOLDER, "文件所属月份为 " + folder + "，" + header.apply(column)
                            + "为 " + value)
                    : null;
        });
    }

    private static BigDecimal decimal(Object number) {
        return new BigDecimal(number.toString());
    }

    /** A number as an analyst would write it: 60, not the reader's 60.0000. */
    private static String plain(Object number) {
        return decimal(number).stripTrailingZeros().toPlainString();
    }

    static RowRule parse(String text) {
        Matcher m = RULE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a check: " + text);
        }
        return new RowRule(m.group(1), Test.valueOf(m.group(2).toUpperCase(Locale.ROOT)), m.group(3), m.group(4));
    }
}
