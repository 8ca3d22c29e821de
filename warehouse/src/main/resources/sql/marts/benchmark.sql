-- fact_benchmark as the marts below read it: for each data period, area, 行业 and 指标, the row from the
-- latest year folder it was sent in (a figure sent again a year later is the bureau's revision; the rows
-- it replaced are in mart_benchmark_revision), with the city's indicator its name is matched to
-- (dim_indicator_synonym) and its growth recomputed from the levels. Within a folder the load already
-- kept one row per key. Where the same indicator comes under two names for one area, period and 行业,
-- only the name of the lower name_rank is matched; the other row stays, with no matched indicator, so
-- that no figure is counted twice.
CREATE VIEW benchmark_current AS
WITH latest AS (
    SELECT b.*, s.indicator AS synonym_of, s.name_rank,
           growth_pct(b.value_ytd, b.value_ly) AS recomputed_growth_pct,
           b.value_ly <= 0 AS base_not_positive
    FROM fact_benchmark AS b
    LEFT JOIN dim_indicator_synonym AS s ON s.indicator_name = b.indicator
    QUALIFY row_number() OVER (PARTITION BY b.data_year, b.data_period, b.area, b.industry_code, b.indicator
                               ORDER BY b.year DESC, b.source_file, b.source_row) = 1
)
SELECT * EXCLUDE (synonym_of, name_rank),
       CASE WHEN row_number() OVER (PARTITION BY data_year, data_period, area, industry_code, synonym_of
                                    ORDER BY name_rank, indicator) = 1 THEN synonym_of END AS matched_indicator
FROM latest;

-- 对标: the province, the nation and peer cities beside the city itself, per indicator, 行业 and period.
--
-- indicator          the city's indicator the row is matched to through dim_indicator_synonym
--                    (利润总额, 主营业务收入, … see docs/landing-formats.md), NULL for others (地区生产总值).
-- industry_code      GB/T 4754-2017 section or division of the row's 行业; NULL for the whole of industry.
-- growth_pct         the published growth as published (two decimals stay two: −3.45), else recomputed
--                    from the levels (one decimal); the city's own: its comparable-basis growth.
-- growth_status      published, recomputed, base_not_positive (基数为负或为零，增速不可比: no growth),
--                    no_figure (neither a published growth nor both levels), city (the city's own figure).
-- folder_year        the year folder the row came in (the latest, where the same figure came twice).
CREATE VIEW mart_benchmark AS
SELECT b.data_year AS year, b.data_period AS period, period_label(b.data_year, b.data_period) AS period_label,
       b.area, false AS is_city, b.industry_code, i.industry_name, b.matched_indicator AS indicator,
       b.indicator AS indicator_name,
       b.unit, b.value_ytd, b.value_ly, b.published_growth_pct, b.recomputed_growth_pct,
       coalesce(b.published_growth_pct, CAST(b.recomputed_growth_pct AS DECIMAL(9, 2))) AS growth_pct,
       CASE WHEN b.published_growth_pct IS NOT NULL THEN 'published'
            WHEN b.base_not_positive THEN 'base_not_positive'
            WHEN b.recomputed_growth_pct IS NOT NULL THEN 'recomputed'
            ELSE 'no_figure'
       END AS growth_status,
       CASE WHEN b.published_growth_pct IS NULL AND b.base_not_positive THEN '基数为负或为零，增速不可比' END AS growth_note,
       b.year AS folder_year, b.source_file, b.source_row
FROM benchmark_current AS b
LEFT JOIN dim_industry AS i ON i.industry_code = b.industry_code
UNION ALL
SELECT c.year, c.period, c.period_label, '本市', true, NULL, NULL, c.indicator,
       CASE c.indicator WHEN 'value_added' THEN '规模以上工业增加值' WHEN 'revenue' THEN '规模以上工业营业收入'
                        WHEN 'profit' THEN '规模以上工业利润总额' WHEN 'output' THEN '规模以上工业总产值' END,
       CASE WHEN c.indicator = 'value_added' THEN '%' ELSE '亿元' END,
       CASE WHEN c.indicator <> 'value_added' THEN c.value_ytd * 0.0001 END,
       CASE WHEN c.indicator <> 'value_added' THEN c.value_ly * 0.0001 END,
       NULL, NULL, CAST(c.growth_pct AS DECIMAL(9, 2)), 'city',
       CASE WHEN c.indicator <> 'value_added' AND c.value_ly <= 0 THEN '基数为负或为零，增速不可比' END,
       NULL, NULL, NULL
FROM mart_city_indicator AS c
WHERE c.indicator IN ('value_added', 'revenue', 'profit', 'output');

-- 对标数据修订: the same figure (data period, area, 行业, 指标) sent in two year folders. mart_benchmark
-- shows the later folder's row; this lists each earlier row beside it, so nothing is replaced silently.
CREATE VIEW mart_benchmark_revision AS
SELECT period_label(e.data_year, e.data_period) AS period_label, e.area, e.industry_code, e.indicator AS indicator_name,
       e.year AS earlier_folder_year, e.source_file AS earlier_source_file, e.source_row AS earlier_source_row,
       e.value_ytd AS earlier_value_ytd, e.value_ly AS earlier_value_ly, e.published_growth_pct AS earlier_growth_pct,
       c.year AS folder_year, c.source_file, c.source_row, c.value_ytd, c.value_ly, c.published_growth_pct,
       e.value_ytd IS DISTINCT FROM c.value_ytd OR e.value_ly IS DISTINCT FROM c.value_ly
           OR e.published_growth_pct IS DISTINCT FROM c.published_growth_pct AS changed
FROM fact_benchmark AS e
JOIN benchmark_current AS c
  ON c.data_year = e.data_year AND c.data_period = e.data_period AND c.area = e.area
 AND c.industry_code IS NOT DISTINCT FROM e.industry_code AND c.indicator = e.indicator
 AND (c.year, c.source_file, c.source_row) <> (e.year, e.source_file, e.source_row);

-- 核对: every figure sent with a published growth rate beside its levels, recomputed from the levels.
--
-- check_status   consistent (within 0.1 point), differs (more than 0.1 point apart), not_comparable
--                (the base is zero or below: 基数为负或为零，增速不可比; there is nothing to check against).
-- flagged        check_status = differs; never NULL, so WHERE flagged and WHERE NOT flagged together
--                hold every row (the not comparable ones are NOT flagged, with their reason).
CREATE VIEW mart_reconciliation AS
SELECT 'benchmarks' AS feed, source_file, source_row, period_label(data_year, data_period) AS period_label,
       area, industry_code, indicator AS indicator_name,
       value_ytd, value_ly, published_growth_pct, recomputed_growth_pct,
       published_growth_pct - recomputed_growth_pct AS difference_pts,
       CASE WHEN base_not_positive THEN 'not_comparable'
            WHEN abs(published_growth_pct - recomputed_growth_pct) > 0.1 THEN 'differs'
            ELSE 'consistent'
       END AS check_status,
       CASE WHEN base_not_positive THEN '基数为负或为零，增速不可比' END AS check_note,
       NOT base_not_positive AND abs(published_growth_pct - recomputed_growth_pct) > 0.1 AS flagged
FROM benchmark_current
WHERE published_growth_pct IS NOT NULL AND value_ytd IS NOT NULL AND value_ly IS NOT NULL;

-- 分行业对标: the city's industries beside the nation's, the province's and peer cities', by division
-- and indicator: growth, share and pull. An area's total is its whole-of-industry row (blank 行业) of
-- the same indicator and period; the city's totals and divisions come from its enterprises.
--
-- share_pct    division value / the area's total × 100.
-- pull_pts     拉动 = (division value − its last year) / the area's total last year × 100, points. The pulls
--              of the divisions that make up a total add up to its growth (the published total's levels
--              include divisions a file may not list: then the listed pulls add up to less).
-- growth_pct   published growth as published where there is one, else recomputed from the levels.
CREATE VIEW mart_industry_benchmark AS
WITH areas AS (
    SELECT data_year AS year, data_period AS period, area, false AS is_city, industry_code,
           matched_indicator AS indicator, value_ytd, value_ly,
           coalesce(published_growth_pct, CAST(recomputed_growth_pct AS DECIMAL(9, 2))) AS growth_pct
    FROM benchmark_current
    WHERE matched_indicator IS NOT NULL
),
city_divisions AS (
    -- In 万元, as the enterprises report: growth is computed on these (ratio_pct takes at most four
    -- decimals; in 亿元 a base of a few 千元 of profit would have eight), then shown in 亿元.
    SELECT f.year, f.period, substr(f.industry_code, 1, 2) AS industry_code, x.indicator,
           sum(CASE x.indicator WHEN 'revenue' THEN f.revenue_ytd WHEN 'profit' THEN f.profit_ytd
                                ELSE f.output_ytd END) AS ytd_wan,
           sum(CASE x.indicator WHEN 'revenue' THEN f.revenue_ly WHEN 'profit' THEN f.profit_ly
                                ELSE f.output_ly END) AS ly_wan
    FROM fact_enterprise_period AS f
    CROSS JOIN (VALUES ('revenue'), ('profit'), ('output')) AS x(indicator)
    GROUP BY ALL
),
city AS (
    SELECT year, period, '本市' AS area, true AS is_city, industry_code, indicator,
           ytd_wan * 0.0001 AS value_ytd, ly_wan * 0.0001 AS value_ly,
           CAST(growth_pct(ytd_wan, ly_wan) AS DECIMAL(9, 2)) AS growth_pct
    FROM city_divisions
    UNION ALL
    SELECT year, period, '本市', true, NULL, indicator, sum(ytd_wan) * 0.0001, sum(ly_wan) * 0.0001,
           CAST(growth_pct(sum(ytd_wan), sum(ly_wan)) AS DECIMAL(9, 2))
    FROM city_divisions
    GROUP BY ALL
),
everyone AS (
    SELECT * FROM areas
    UNION ALL
    SELECT * FROM city
)
SELECT d.year, d.period, period_label(d.year, d.period) AS period_label, d.area, d.is_city,
       d.industry_code, i.industry_name, d.indicator, n.indicator_name,
       d.value_ytd, d.value_ly, d.growth_pct,
       -- ×10000 on both sides: the city's 亿元 have up to eight decimals, ratio_pct takes four.
       ratio_pct(d.value_ytd * 10000, t.value_ytd * 10000) AS share_pct,
       CASE WHEN t.value_ly > 0 THEN ratio_pct((d.value_ytd - d.value_ly) * 10000, t.value_ly * 10000) END AS pull_pts,
       t.growth_pct AS total_growth_pct
FROM everyone AS d
JOIN dim_industry AS i ON i.industry_code = d.industry_code AND i.level = 2
JOIN dim_indicator AS n ON n.indicator = d.indicator
LEFT JOIN everyone AS t
  ON t.year = d.year AND t.period = d.period AND t.area = d.area AND t.indicator = d.indicator
 AND t.industry_code IS NULL;
