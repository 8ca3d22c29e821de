-- 对标城市位次: the city's rank among each of its peer groups (dim_peer_group_member: 周边地市, 全省,
-- 35个大中城市, …) on each indicator the benchmark feed carries for them, by 行业 where it has one, for
-- every period 1-N月. One row per group × period × indicator × 行业 where the city has a growth figure
-- and at least one member reported one.
--
-- growth_pct              the city's growth as mart_benchmark (whole of industry) and
--                         mart_industry_benchmark (a division) give it.
-- growth_rank             RANK() among the city and the members that reported, on the growth at one
--                         decimal as printed (a published −3.45 ranks as −3.5): equal printed figures
--                         share a rank, the next rank is skipped.
-- rank_tied               another entrant has the city's printed figure (并列).
-- ranked_count            the city and the members that reported.
-- members, members_not_reported
--                         the group's members, and those of them without a figure this period: they are
--                         not ranked, so ranked_count = members − members_not_reported + 1.
-- rank_change             last period's rank − this period's (positive: moved up, 前移); NULL for 1-2月
--                         and where the city was not ranked last period.
-- rank_last_year, rank_change_on_last_year
--                         the rank of the same period last year, and that rank − this one.
CREATE VIEW mart_peer_ranking AS
WITH figures AS (
    SELECT year, period, area, is_city, industry_code, indicator, growth_pct
    FROM mart_benchmark
    WHERE industry_code IS NULL AND indicator IS NOT NULL AND growth_pct IS NOT NULL
    UNION ALL
    SELECT year, period, area, is_city, industry_code, indicator, growth_pct
    FROM mart_industry_benchmark
    WHERE growth_pct IS NOT NULL
),
groups AS (
    SELECT group_code, any_value(group_name) AS group_name, min(group_order) AS group_order,
           count(DISTINCT member) AS members
    FROM dim_peer_group_member
    GROUP BY group_code
),
entrants AS (
    SELECT g.group_code, f.*
    FROM figures AS f
    CROSS JOIN groups AS g
    WHERE f.is_city
    UNION ALL
    SELECT DISTINCT m.group_code, f.*
    FROM figures AS f
    JOIN dim_peer_group_member AS m ON m.member = f.area
    WHERE NOT f.is_city
),
ranked AS (
    SELECT *, round(growth_pct, 1) AS printed_growth_pct,
           rank() OVER (PARTITION BY group_code, year, period, indicator, industry_code
                        ORDER BY round(growth_pct, 1) DESC) AS growth_rank,
           count(*) OVER (PARTITION BY group_code, year, period, indicator, industry_code) AS ranked_count,
           count(*) OVER (PARTITION BY group_code, year, period, indicator, industry_code, round(growth_pct, 1)) > 1
               AS rank_tied
    FROM entrants
),
city AS (
    SELECT * FROM ranked WHERE is_city AND ranked_count > 1
)
SELECT c.group_code, g.group_name, g.group_order, c.year, c.period, period_label(c.year, c.period) AS period_label,
       c.indicator, n.indicator_name, n.sort_order AS indicator_order, c.industry_code, i.industry_name,
       c.growth_pct, c.growth_rank, c.rank_tied, c.ranked_count, g.members,
       g.members - (c.ranked_count - 1) AS members_not_reported,
       CASE WHEN c.period > 2 THEN prev.growth_rank - c.growth_rank END AS rank_change,
       ly.growth_rank AS rank_last_year, ly.growth_rank - c.growth_rank AS rank_change_on_last_year
FROM city AS c
JOIN groups AS g ON g.group_code = c.group_code
JOIN dim_indicator AS n ON n.indicator = c.indicator
LEFT JOIN dim_industry AS i ON i.industry_code = c.industry_code
LEFT JOIN city AS prev
  ON prev.group_code = c.group_code AND prev.year = c.year AND prev.period = c.period - 1
 AND prev.indicator = c.indicator AND prev.industry_code IS NOT DISTINCT FROM c.industry_code
LEFT JOIN city AS ly
  ON ly.group_code = c.group_code AND ly.year = c.year - 1 AND ly.period = c.period
 AND ly.indicator = c.indicator AND ly.industry_code IS NOT DISTINCT FROM c.industry_code;
