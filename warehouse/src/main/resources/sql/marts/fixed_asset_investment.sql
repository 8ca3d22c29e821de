-- 固定资产投资与工业投资: one row per region and the city (is_city) × period, from the statistics
-- bureau's 固定资产投资 feed. Growth rates are the bureau's, never derived (last year's levels are not
-- published beside them).
--
-- industrial_share_pct  工业投资占固定资产投资比重, one decimal: industrial_investment_yi / fai_yi × 100
--                       where the row has both levels (share_from_levels), else the share as published.
-- the city              levels are Σ regions where every region of the period has both levels, else
--                       the city row's own (or none); growth is always the city row's as published.
-- rank_*                RANK() among the regions (never the city), on the printed one-decimal figure;
--                       *_rank_change is last period's rank − this period's (positive: moved up).
CREATE VIEW mart_fixed_asset_investment AS
WITH located AS (
    SELECT f.*, r.current_code
    FROM fact_fixed_asset_investment AS f
    LEFT JOIN dim_region AS r ON r.region_code = f.region_code
),
regions AS (
    SELECT year, period, current_code AS region_code, FALSE AS is_city,
           fai_growth_pct, industrial_growth_pct, industrial_share_pct, manufacturing_growth_pct,
           tech_reform_growth_pct, fai_yi, industrial_investment_yi
    FROM located
    WHERE current_code IS NOT NULL
),
region_levels AS (
    SELECT year, period,
           bool_and(fai_yi IS NOT NULL AND industrial_investment_yi IS NOT NULL) AS every_region_has_levels,
           sum(fai_yi) AS fai_yi, sum(industrial_investment_yi) AS industrial_investment_yi
    FROM regions
    GROUP BY ALL
),
city AS (
    SELECT c.year, c.period, c.region_code, TRUE AS is_city,
           c.fai_growth_pct, c.industrial_growth_pct, c.industrial_share_pct, c.manufacturing_growth_pct,
           c.tech_reform_growth_pct,
           CASE WHEN l.every_region_has_levels THEN l.fai_yi ELSE c.fai_yi END AS fai_yi,
           CASE WHEN l.every_region_has_levels THEN l.industrial_investment_yi ELSE c.industrial_investment_yi END
               AS industrial_investment_yi
    FROM located AS c
    LEFT JOIN region_levels AS l ON l.year = c.year AND l.period = c.period
    WHERE c.current_code IS NULL
),
figures AS (
    SELECT year, period, region_code, is_city,
           CAST(fai_growth_pct AS DECIMAL(18, 1)) AS fai_growth_pct,
           CAST(industrial_growth_pct AS DECIMAL(18, 1)) AS industrial_growth_pct,
           CAST(manufacturing_growth_pct AS DECIMAL(18, 1)) AS manufacturing_growth_pct,
           CAST(tech_reform_growth_pct AS DECIMAL(18, 1)) AS tech_reform_growth_pct,
           fai_yi, industrial_investment_yi,
           fai_yi > 0 AND industrial_investment_yi IS NOT NULL AS share_from_levels,
           industrial_share_pct AS published_share_pct,
           CASE WHEN fai_yi > 0 AND industrial_investment_yi IS NOT NULL
                THEN ratio_pct(industrial_investment_yi, fai_yi)
                ELSE CAST(industrial_share_pct AS DECIMAL(18, 1))
           END AS industrial_share_pct
    FROM (SELECT * FROM regions UNION ALL SELECT * FROM city)
),
ranked AS (
    SELECT f.*,
           CASE WHEN NOT f.is_city AND f.industrial_growth_pct IS NOT NULL
                THEN rank() OVER (PARTITION BY f.year, f.period, f.is_city ORDER BY f.industrial_growth_pct DESC NULLS LAST)
           END AS rank_by_industrial_growth,
           CASE WHEN NOT f.is_city AND f.industrial_share_pct IS NOT NULL
                THEN rank() OVER (PARTITION BY f.year, f.period, f.is_city ORDER BY f.industrial_share_pct DESC NULLS LAST)
           END AS rank_by_industrial_share
    FROM figures AS f
)
SELECT r.year, r.period, period_label(r.year, r.period) AS period_label,
       r.region_code, CASE WHEN r.is_city THEN '全市' ELSE d.short_name END AS region_name,
       CASE WHEN r.is_city THEN 'city' ELSE d.region_kind END AS region_kind, d.sort_order, r.is_city,
       r.fai_yi, r.industrial_investment_yi,
       r.fai_growth_pct, r.industrial_growth_pct, r.industrial_share_pct, r.share_from_levels, r.published_share_pct,
       r.manufacturing_growth_pct, r.tech_reform_growth_pct,
       r.rank_by_industrial_growth, prev.rank_by_industrial_growth - r.rank_by_industrial_growth
           AS industrial_growth_rank_change,
       r.rank_by_industrial_share, prev.rank_by_industrial_share - r.rank_by_industrial_share
           AS industrial_share_rank_change
FROM ranked AS r
LEFT JOIN dim_region AS d ON d.region_code = r.region_code
LEFT JOIN ranked AS prev
       ON prev.year = r.year AND prev.period = r.period - 1 AND prev.region_code = r.region_code;
