package org.imon.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The official phrases, exactly as a circular prints them. */
class WordingTest {

    @Test
    void growthIsIncreaseOrDecreaseNeverANegativeIncrease() {
        assertEquals("增长5.3%", Wording.growth(new BigDecimal("5.3")));
        assertEquals("增长0.0%", Wording.growth(new BigDecimal("0.0")));
        assertEquals("下降2.1%", Wording.growth(new BigDecimal("-2.1")));
        assertEquals("增长12.0%", Wording.growth(new BigDecimal("12")));
        assertEquals("无可比数据", Wording.growth(null));
        // A province's published growth keeps its two decimals; the mart's DECIMAL(9,2) 7.20 is 7.2.
        assertEquals("下降3.45%", Wording.growth(new BigDecimal("-3.45")));
        assertEquals("增长7.2%", Wording.growth(new BigDecimal("7.20")));
    }

    @Test
    void ranksAndTheirChanges() {
        assertEquals("居第3位", Wording.rank(3, false));
        assertEquals("并列第2位", Wording.rank(2, true));
        assertEquals("前移2位", Wording.rankChange(2));
        assertEquals("后移1位", Wording.rankChange(-1));
        assertEquals("与上月持平", Wording.rankChange(0));
        assertEquals("无可比数据", Wording.rankChange(null));
    }

    @Test
    void theBestOfAllNegativeIsTheSmallestFall() {
        assertEquals("降幅最小", Wording.best(new BigDecimal("-0.4")));
        assertEquals("增速最高", Wording.best(new BigDecimal("0.0")));
        assertEquals("增速最高", Wording.best(new BigDecimal("18.6")));
    }

    @Test
    void targetsAndTimeProgress() {
        assertEquals("已完成全年目标", Wording.stillNeeded(true, new BigDecimal("-0.17")));
        assertEquals("已完成全年目标", Wording.stillNeeded(true, null));
        assertEquals("月均需完成0.33亿元", Wording.stillNeeded(false, new BigDecimal("0.33")));
        assertEquals("全年目标未完成", Wording.stillNeeded(false, null));
        assertEquals("超进度2.0个百分点", Wording.againstTimeProgress(new BigDecimal("2.0")));
        assertEquals("欠进度0.4个百分点", Wording.againstTimeProgress(new BigDecimal("-0.4")));
        assertEquals("与时间进度持平", Wording.againstTimeProgress(new BigDecimal("0.0")));
    }

    @Test
    void amountsPercentagesAndDates() {
        assertEquals("52.05亿元", Wording.yi(new BigDecimal("52.05")));
        assertEquals("100.00亿元", Wording.yi(new BigDecimal("100")));
        assertEquals("52.0%", Wording.percent(new BigDecimal("52")));
        assertEquals("2024年7月5日", Wording.date(LocalDate.of(2024, 7, 5)));
    }

    @Test
    void aFigureIsNeverRoundedFurtherThanTheMartDid() {
        assertThrows(ArithmeticException.class, () -> Wording.yi(new BigDecimal("52.045")));
    }
}
