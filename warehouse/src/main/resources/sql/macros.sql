-- Arithmetic shared by every statistic. Amounts are DECIMAL 万元; these macros keep them exact.
-- Rounding everywhere is 四舍五入, half away from zero (README, "The statistics"): −0.05 → −0.1,
-- −0.15 → −0.2. DuckDB's round() on a DECIMAL does the same, so wan_to_yi may use it; never round a DOUBLE.

-- A ratio in percent, rounded half away from zero to one decimal (四舍五入), computed in integers
-- so that a value such as 12.35 never becomes 12.3 through binary floating point.
-- Inputs are DECIMAL with at most four decimals.
CREATE MACRO ratio_pct(num, den) AS
    CASE
        WHEN den IS NULL OR num IS NULL OR den = 0 THEN NULL
        ELSE CAST(
                 sign(num) * sign(den)
                 * ((abs(CAST(num * 10000 AS HUGEINT)) * 2000 + abs(CAST(den * 10000 AS HUGEINT)))
                    // (2 * abs(CAST(den * 10000 AS HUGEINT))))
                 AS DECIMAL(18, 0)) * 0.1
    END;

-- Whether num / den × 100 reaches target_pct, compared exactly on the unrounded figures: a rate is
-- displayed rounded (ratio_pct) but judged unrounded, so a margin of 5.67% (shown 5.7) does not meet 6.
-- NULL when the rate is undefined (den not positive).
CREATE MACRO pct_reaches(num, den, target_pct) AS
    CASE WHEN den > 0 AND num IS NOT NULL AND target_pct IS NOT NULL THEN 100 * num >= target_pct * den END;

-- 同比增长 (%): current against the same period last year. Undefined when last year was zero or a loss.
CREATE MACRO growth_pct(current_value, last_year_value) AS
    CASE WHEN last_year_value > 0 THEN ratio_pct(current_value - last_year_value, last_year_value) END;

-- 万元 → 亿元, rounded half away from zero to two decimals.
CREATE MACRO wan_to_yi(amount_wan) AS round(CAST(amount_wan AS DECIMAL(38, 4)) * 0.0001, 2);

-- "2024年1-6月": how circulars name a year-to-date period; "2024年1月" for January alone.
CREATE MACRO period_label(year, period) AS
    CAST(year AS VARCHAR) || CASE WHEN period = 1 THEN '年1月' ELSE '年1-' || CAST(period AS VARCHAR) || '月' END;

-- 时间进度 (%): months elapsed / 12, one decimal (1-6月 → 50.0).
CREATE MACRO time_progress_pct(period) AS ratio_pct(CAST(period AS DECIMAL(18, 0)), 12.0);

-- num / den rounded half away from zero to two decimals, exactly (e.g. 亿元 still needed per month).
CREATE MACRO div_round2(num, den) AS
    CASE
        WHEN den IS NULL OR num IS NULL OR den = 0 THEN NULL
        ELSE CAST(
                 sign(num) * sign(den)
                 * ((abs(CAST(num * 10000 AS HUGEINT)) * 200 + abs(CAST(den * 10000 AS HUGEINT)))
                    // (2 * abs(CAST(den * 10000 AS HUGEINT))))
                 AS DECIMAL(18, 0)) * 0.01
    END;

-- The target a rate (growth, share, pull, ratio) must meet by a period: the first-half target up to
-- 1-6月 where the plan sets one, else the annual target.
CREATE MACRO rate_target(period, annual_value, h1_value) AS
    CASE WHEN period <= 6 AND h1_value IS NOT NULL THEN h1_value ELSE annual_value END;

-- The amount a level or count target (亿元 of revenue, projects, …) should have reached by a period:
-- up to 1-6月 the first-half target where the plan sets one, spread evenly over its months; else the
-- quarters where the plan splits the year (the current quarter pro rata by its months); else the
-- annual target spread evenly over the months. level_target_x12 is that amount × 12, which is exact
-- (the amount itself may be a repeating decimal): a target is judged met by 12 × actual ≥ it, never
-- against the rounded level_target.
CREATE MACRO level_target_x12(period, annual_value, h1_value, q1, q2, q3, q4) AS
    CASE
        WHEN period <= 6 AND h1_value IS NOT NULL THEN 2 * h1_value * period
        WHEN q1 IS NOT NULL AND q2 IS NOT NULL AND q3 IS NOT NULL AND q4 IS NOT NULL THEN
            4 * (3 * (CASE period // 3 WHEN 0 THEN 0 WHEN 1 THEN q1 WHEN 2 THEN q1 + q2
                                       WHEN 3 THEN q1 + q2 + q3 ELSE q1 + q2 + q3 + q4 END)
                 + (period % 3) * (CASE period // 3 WHEN 0 THEN q1 WHEN 1 THEN q2 WHEN 2 THEN q3
                                                    WHEN 3 THEN q4 ELSE 0 END))
        ELSE annual_value * period
    END;

CREATE MACRO level_target(period, annual_value, h1_value, q1, q2, q3, q4) AS
    div_round2(level_target_x12(period, annual_value, h1_value, q1, q2, q3, q4), 12);
