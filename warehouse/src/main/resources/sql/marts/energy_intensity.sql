-- 单位工业增加值能耗: one row per region and the city (is_city) × period where the statistics bureau
-- published 规模以上工业综合能源消费量 growth. Energy per unit of value added is never divided out of
-- levels: value added at comparable prices has no published level, only its growth. The bureau chains
-- the two growth rates instead, and so does this view:
--
-- intensity_change_pct   单位工业增加值能耗增长 of 1-N月 against 1-N月 last year, one decimal (negative: 下降):
--                        (1 + energy growth) / (1 + value-added growth) − 1, both year to date, comparable.
-- base_year              the year the cumulative change runs from: the base of the city's energy-intensity
--                        target whose plan covers the year (fact_target.base_year < year ≤ its target year;
--                        the nearest target year first), else last year (a target set each year, 每年降低).
-- change_since_base_pct  单位工业增加值能耗比基期累计增长, one decimal: the product over the full years after
--                        base_year and before this year of (1 + the year's 1-12月 change), times (1 + this
--                        period's change), − 1. Within a year it is the progress so far: at 1-6月 the full
--                        years times the first half (what 双过半 reads). NULL when a year between is missing.
-- energy_chain,          Π (100 + growth) × 10⁴ over the same factors, exact integers: change_since_base =
-- value_added_chain      energy_chain / value_added_chain − 1, judged against a target without rounding.
--                        Exact for plans of up to five years (a sixth factor overflows loudly, never silently).
-- rank_by_intensity_change  RANK() among the regions (never the city) on the printed change, the
--                        largest fall first; intensity_rank_change is last period's rank − this period's.
CREATE VIEW mart_energy_intensity AS
WITH located AS (
    SELECT e.year, e.period, coalesce(r.current_code, e.region_code) AS region_code, r.current_code IS NULL AS is_city,
           e.energy_growth_pct, e.energy_wan_tce
    FROM fact_energy_consumption AS e
    LEFT JOIN dim_region AS r ON r.region_code = e.region_code
),
value_added AS (
    SELECT f.year, f.period, coalesce(r.current_code, f.region_code) AS region_code, f.va_growth_pct
    FROM fact_region_period AS f
    LEFT JOIN dim_region AS r ON r.region_code = f.region_code
    WHERE f.va_growth_pct IS NOT NULL
),
factors AS (
    SELECT e.*, v.va_growth_pct,
           CAST((100 + e.energy_growth_pct) * 10000 AS HUGEINT) AS energy_factor,
           CAST((100 + v.va_growth_pct) * 10000 AS HUGEINT) AS value_added_factor
    FROM located AS e
    LEFT JOIN value_added AS v ON v.year = e.year AND v.period = e.period AND v.region_code = e.region_code
),
plans AS (
    SELECT year AS target_year, coalesce(base_year, year - 1) AS base_year
    FROM fact_target
    WHERE subject_type = 'city' AND indicator = 'energy_intensity'
),
bases AS (
    SELECT y.year,
           coalesce((SELECT arg_min(p.base_year, p.target_year) FROM plans AS p
                     WHERE p.base_year < y.year AND p.target_year >= y.year), y.year - 1) AS base_year
    FROM (SELECT DISTINCT year FROM factors) AS y
),
chained AS (
    SELECT f.year, f.period, f.region_code, b.base_year,
           count(yr.year) = f.year - b.base_year - 1 AS every_year_found,
           list_reduce(list_concat([f.energy_factor], coalesce(list(yr.energy_factor) FILTER (WHERE yr.year IS NOT NULL), [])),
                       lambda a, b: a * b) AS energy_chain,
           list_reduce(list_concat([f.value_added_factor],
                                   coalesce(list(yr.value_added_factor) FILTER (WHERE yr.year IS NOT NULL), [])),
                       lambda a, b: a * b) AS value_added_chain
    FROM factors AS f
    JOIN bases AS b ON b.year = f.year
    LEFT JOIN factors AS yr
           ON yr.region_code = f.region_code AND yr.period = 12
          AND yr.year > b.base_year AND yr.year < f.year
    GROUP BY f.year, f.period, f.region_code, b.base_year, f.energy_factor, f.value_added_factor
),
figures AS (
    SELECT f.year, f.period, f.region_code, f.is_city, f.energy_wan_tce,
           CAST(f.energy_growth_pct AS DECIMAL(18, 1)) AS energy_growth_pct,
           CAST(f.va_growth_pct AS DECIMAL(18, 1)) AS va_growth_pct,
           ratio_pct(f.energy_factor - f.value_added_factor, f.value_added_factor) AS intensity_change_pct,
           c.base_year,
           CASE WHEN c.every_year_found THEN c.energy_chain END AS energy_chain,
           CASE WHEN c.every_year_found THEN c.value_added_chain END AS value_added_chain
    FROM factors AS f
    JOIN chained AS c ON c.year = f.year AND c.period = f.period AND c.region_code = f.region_code
),
ranked AS (
    SELECT f.*,
           ratio_pct(f.energy_chain - f.value_added_chain, f.value_added_chain) AS change_since_base_pct,
           CASE WHEN NOT f.is_city AND f.intensity_change_pct IS NOT NULL
                THEN rank() OVER (PARTITION BY f.year, f.period, f.is_city ORDER BY f.intensity_change_pct ASC NULLS LAST)
           END AS rank_by_intensity_change
    FROM figures AS f
)
SELECT r.year, r.period, period_label(r.year, r.period) AS period_label,
       r.region_code, CASE WHEN r.is_city THEN '全市' ELSE d.short_name END AS region_name,
       CASE WHEN r.is_city THEN 'city' ELSE d.region_kind END AS region_kind, d.sort_order, r.is_city,
       r.energy_wan_tce, r.energy_growth_pct, r.va_growth_pct, r.intensity_change_pct,
       r.base_year, r.change_since_base_pct, r.energy_chain, r.value_added_chain,
       r.rank_by_intensity_change, prev.rank_by_intensity_change - r.rank_by_intensity_change AS intensity_rank_change
FROM ranked AS r
LEFT JOIN dim_region AS d ON d.region_code = r.region_code
LEFT JOIN ranked AS prev
       ON prev.year = r.year AND prev.period = r.period - 1 AND prev.region_code = r.region_code;
