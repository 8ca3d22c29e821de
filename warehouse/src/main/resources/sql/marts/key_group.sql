-- 百户、双百企业: each list of key enterprises × period, on gross output (工业总产值).
--
-- growth_pct        the group's comparable-basis growth: Σ members' output_ytd against their own output_ly.
-- share_pct         比重 = Σ group output / Σ all above-scale output × 100.
-- pull_pts          拉动 = (Σ group output − Σ group last year) / Σ all above-scale last year × 100, points.
--                   The pulls of disjoint groups that make up the total add up to the total's growth.
-- contribution_pct  贡献率 = group increase / total increase × 100.
-- target_*          the year's targets for the list (fact_target, subject key_group); up to 1-6月 the
--                   first-half target where one is set (百户: 12.5% and 0.5 point).
-- *_met             the target reached, judged on the unrounded figures (pct_reaches): growth shown
--                   12.5 may be 12.46 and then misses 12.5.
CREATE VIEW mart_key_group AS
WITH members AS (
    SELECT DISTINCT year, list_code, list_name, credit_code
    FROM fact_key_list
    WHERE list_code NOT LIKE 'cluster\_%' ESCAPE '\'
),
groups AS (
    SELECT f.year, f.period, m.list_code, m.list_name,
           count(*) AS enterprise_count,
           sum(f.output_ytd) AS output_ytd,
           sum(f.output_ly) AS output_ly
    FROM fact_enterprise_period AS f
    JOIN members AS m ON m.year = f.year AND m.credit_code = f.credit_code
    GROUP BY ALL
),
city AS (
    SELECT year, period, sum(output_ytd) AS output_ytd, sum(output_ly) AS output_ly
    FROM fact_enterprise_period
    GROUP BY ALL
),
targets AS (
    SELECT year, subject_code AS list_code, measure, annual_value, h1_value
    FROM fact_target
    WHERE subject_type = 'key_group'
),
measured AS (
    SELECT g.*, c.output_ytd AS city_output_ytd, c.output_ly AS city_output_ly,
           growth_pct(g.output_ytd, g.output_ly) AS growth_pct,
           ratio_pct(g.output_ytd, c.output_ytd) AS share_pct,
           ratio_pct(g.output_ytd - g.output_ly, c.output_ly) AS pull_pts,
           ratio_pct(g.output_ytd - g.output_ly, c.output_ytd - c.output_ly) AS contribution_pct
    FROM groups AS g
    JOIN city AS c ON c.year = g.year AND c.period = g.period
),
to_date AS (
    SELECT m.year, m.period, m.list_code,
           max(CASE WHEN t.measure = 'growth_pct' THEN rate_target(m.period, t.annual_value, t.h1_value) END)
               AS target_growth_pct,
           max(CASE WHEN t.measure = 'share_pct' THEN rate_target(m.period, t.annual_value, t.h1_value) END)
               AS target_share_pct,
           max(CASE WHEN t.measure = 'pull_pts' THEN rate_target(m.period, t.annual_value, t.h1_value) END)
               AS target_pull_pts
    FROM measured AS m
    JOIN targets AS t ON t.year = m.year AND t.list_code = m.list_code
    GROUP BY ALL
)
SELECT m.year, m.period, period_label(m.year, m.period) AS period_label, m.list_code, m.list_name,
       m.enterprise_count, m.output_ytd, wan_to_yi(m.output_ytd) AS output_yi, m.output_ly,
       m.growth_pct, m.share_pct, m.pull_pts, m.contribution_pct,
       d.target_growth_pct, d.target_share_pct, d.target_pull_pts,
       pct_reaches(m.output_ytd - m.output_ly, m.output_ly, d.target_growth_pct) AS growth_met,
       pct_reaches(m.output_ytd, m.city_output_ytd, d.target_share_pct) AS share_met,
       pct_reaches(m.output_ytd - m.output_ly, m.city_output_ly, d.target_pull_pts) AS pull_met
FROM measured AS m
LEFT JOIN to_date AS d ON d.year = m.year AND d.period = m.period AND d.list_code = m.list_code;

-- The members of each list, the ones that drag most first: drag_rank 1 is the member whose output
-- grew least (or fell most) against its own last year; pull_pts is its pull on the city's growth.
CREATE VIEW mart_key_group_member AS
WITH members AS (
    SELECT DISTINCT year, list_code, list_name, credit_code
    FROM fact_key_list
    WHERE list_code NOT LIKE 'cluster\_%' ESCAPE '\'
),
city AS (
    SELECT year, period, sum(output_ly) AS output_ly FROM fact_enterprise_period GROUP BY ALL
)
SELECT f.year, f.period, m.list_code, m.list_name, f.credit_code, f.enterprise_name, f.region_code,
       f.output_ytd, f.output_ly, f.output_ytd - f.output_ly AS output_change,
       growth_pct(f.output_ytd, f.output_ly) AS growth_pct,
       ratio_pct(f.output_ytd - f.output_ly, c.output_ly) AS pull_pts,
       row_number() OVER (PARTITION BY f.year, f.period, m.list_code
                          ORDER BY f.output_ytd - coalesce(f.output_ly, 0), f.credit_code) AS drag_rank
FROM fact_enterprise_period AS f
JOIN members AS m ON m.year = f.year AND m.credit_code = f.credit_code
JOIN city AS c ON c.year = f.year AND c.period = f.period;
