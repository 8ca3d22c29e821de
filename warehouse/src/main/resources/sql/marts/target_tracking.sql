-- 目标任务进度与“双过半”: every target of the year × every period with data, against its actual.
--
-- actual            (DECIMAL(38,10), whatever the measure) the figure the target is about, in the target's unit: the city's value-added
--                   growth and profit margin; the city's industrial share of fixed-asset investment and the
--                   growth of industrial, manufacturing and 技改 investment (mart_fixed_asset_investment); the 办结率 of enterprise problems within policy scope; a cluster's revenue (亿元); a key-enterprise list's
--                   growth, share or pull; key projects' investment and new output (亿元) and count;
--                   the year's entrants and their pull (mart_entrants_pull); the projects' new output as a
--                   pull on all above-scale enterprises' 上年同期 output (Σ new output / Σ output_ly × 100:
--                   every project on the ledger counts, whether or not its enterprise is above scale);
--                   the enterprises over a band of dim_size_band at the year's pace (mart_enterprise_band,
--                   measure count_on_pace) and the projects over a band started this year
--                   (mart_project_starts). Subject city: the city's row; subject region: the row of the
--                   region subject_code; the strategic emerging industries' share or growth of revenue
--                   (sei_revenue) or output (sei_output), city row of mart_strategic_emerging.
--                   Amounts are exact (万元 × 0.0001), not rounded to 0.01亿, so
--                   that completion here equals completion in mart_cluster_progress.
-- target_to_date    what the period should have reached: for levels and counts, the year decomposed
--                   year → quarter → month (as given, else evenly: see level_target); for rates, the
--                   first-half target up to 1-6月 where set, else the annual one.
-- completion_pct    完成率 (levels and counts) = actual / annual target × 100.
-- ahead_pts         completion − time progress (levels and counts), points.
-- met_to_date       actual ≥ target_to_date, never on rounded figures: rates unrounded (a profit margin
--                   of 5.67%, shown 5.7, does not meet 5.7; see pct_reaches), levels against the exact
--                   target to date (level_target_x12), not the one shown rounded to 0.01.
-- double_half_met   双过半, at 1-6月 only: levels and counts at least half the annual target done;
--                   rates at or above their first-half (else annual) target, unrounded. A rate has no
--                   half to do: 双过半 of the 100% 办结率 means every policy-scope problem on the ledger
--                   by 30 June is resolved by then. Likewise a share such as 工业投资占固定资产投资比重 ≥ 40%:
--                   双过半 means the share of 1-6月 is already at or above 40%, not half of it. A pull
--                   (百户, entrants, projects' new output) likewise: the pull of 1-6月 at or above the target.
--                   count_on_pace is judged as a rate, on the annual count never split: 双过半 means as
--                   many enterprises as the target asks have done half of their band by 1-6月.
--                   单位工业增加值能耗 (indicator energy_intensity, measure change_pct) is the one target met
--                   at or below its value: the city's change since the target's base_year (else last year)
--                   in mart_energy_intensity, e.g. −18 for 比2016年降低18%. Within a year it is the full years
--                   after the base times the year so far, so 双过半 reads the chain up to 1-6月 against it.
-- band targets      (measure band_pct, such as 产能利用率80%左右) a rate to keep within annual_value ±
--                   tolerance_value, not a floor: actual is the city's rate of the latest quarter of the
--                   year ended by the period (mart_capacity_utilization; none before the first quarter
--                   ends), met when within the band, bounds included. 双过半 at 1-6月: the 二季度 rate is
--                   within the band; a band has no half to do either.
CREATE VIEW mart_target_tracking AS
WITH periods AS (
    SELECT DISTINCT year, period FROM fact_enterprise_period
),
projects AS (
    SELECT year, period, sum(invested_ytd) AS invested, count(*) AS projects, sum(new_output_ytd) AS new_output
    FROM fact_project_period
    GROUP BY ALL
),
-- all above-scale enterprises' 上年同期 output: what the projects' new output pulls on
output AS (
    SELECT year, period, value_ly FROM mart_city_indicator WHERE indicator = 'output'
),
actuals AS (
    SELECT t.*, p.period,
           CASE
               WHEN t.subject_type = 'city' AND t.indicator = 'value_added' THEN
                   CAST((SELECT c.growth_pct FROM mart_city_indicator AS c
                    WHERE c.year = t.year AND c.period = p.period AND c.indicator = 'value_added')
                        AS DECIMAL(38, 10))
               WHEN t.subject_type = 'city' AND t.indicator = 'profit_margin' THEN
                   CAST(ratio_pct((SELECT c.value_ytd FROM mart_city_indicator AS c
                              WHERE c.year = t.year AND c.period = p.period AND c.indicator = 'profit'),
                             (SELECT c.value_ytd FROM mart_city_indicator AS c
                              WHERE c.year = t.year AND c.period = p.period AND c.indicator = 'revenue'))
                        AS DECIMAL(38, 10))
               WHEN t.subject_type = 'city' AND t.indicator = 'problem_resolution' THEN
                   CAST((SELECT q.resolution_rate_pct FROM mart_problem_resolution AS q
                    WHERE q.year = t.year AND q.period = p.period AND q.breakdown = 'city')
                        AS DECIMAL(38, 10))
               WHEN t.subject_type = 'city' AND t.indicator = 'industrial_investment' THEN
                   CAST((SELECT CASE t.measure WHEN 'share_pct' THEN v.industrial_share_pct
                                               WHEN 'growth_pct' THEN v.industrial_growth_pct END
                    FROM mart_fixed_asset_investment AS v
                    WHERE v.year = t.year AND v.period = p.period AND v.is_city)
                        AS DECIMAL(38, 10))
               WHEN t.subject_type = 'city' AND t.indicator IN ('manufacturing_investment', 'tech_reform_investment') THEN
                   CAST((SELECT CASE t.indicator WHEN 'manufacturing_investment' THEN v.manufacturing_growth_pct
                                                 ELSE v.tech_reform_growth_pct END
                    FROM mart_fixed_asset_investment AS v
                    WHERE v.year = t.year AND v.period = p.period AND v.is_city)
                        AS DECIMAL(38, 10))
               WHEN t.subject_type = 'city' AND t.indicator = 'energy_intensity' THEN
                   CAST((SELECT v.change_since_base_pct FROM mart_energy_intensity AS v
                    WHERE v.year = t.year AND v.period = p.period AND v.is_city
                      AND v.base_year = coalesce(t.base_year, t.year - 1))
                        AS DECIMAL(38, 10))
               WHEN t.subject_type = 'city' AND t.indicator = 'capacity_utilization' THEN
                   CAST((SELECT arg_max(c.utilization_pct, c.period) FROM mart_capacity_utilization AS c
                    WHERE c.year = t.year AND c.period <= p.period AND c.is_city AND c.industry_code IS NULL)
                        AS DECIMAL(38, 10))
               WHEN t.subject_type = 'city' AND t.indicator IN ('sei_revenue', 'sei_output') THEN
                   CAST((SELECT CASE t.indicator || ':' || t.measure
                                    WHEN 'sei_revenue:share_pct' THEN s.revenue_share_pct
                                    WHEN 'sei_revenue:growth_pct' THEN s.revenue_growth_pct
                                    WHEN 'sei_output:share_pct' THEN s.output_share_pct
                                    WHEN 'sei_output:growth_pct' THEN s.output_growth_pct END
                    FROM mart_strategic_emerging AS s
                    WHERE s.year = t.year AND s.period = p.period AND s.breakdown = 'city')
                        AS DECIMAL(38, 10))
               WHEN t.subject_type = 'city' AND t.indicator = 'entrants' THEN
                   CAST((SELECT sum(e.entrants) FROM mart_entrants_exits AS e WHERE e.year = t.year)
                        AS DECIMAL(38, 10))
               WHEN t.subject_type IN ('city', 'region') AND t.indicator = 'entrants_pull' THEN
                   CAST((SELECT e.entrants_pull_pts FROM mart_entrants_pull AS e
                    WHERE e.year = t.year AND e.period = p.period
                      AND (CASE t.subject_type WHEN 'city' THEN e.is_city ELSE e.region_code = t.subject_code END))
                        AS DECIMAL(38, 10))
               WHEN t.subject_type IN ('city', 'region') AND t.indicator IN (SELECT band_code FROM dim_size_band
                                                                             WHERE measured_on <> 'project_investment') THEN
                   CAST((SELECT b.enterprises_on_pace FROM mart_enterprise_band AS b
                    WHERE b.year = t.year AND b.period = p.period AND b.band_code = t.indicator
                      AND (CASE t.subject_type WHEN 'city' THEN b.is_city ELSE b.region_code = t.subject_code END))
                        AS DECIMAL(38, 10))
               WHEN t.subject_type IN ('city', 'region') AND t.indicator IN (SELECT band_code FROM dim_size_band
                                                                             WHERE measured_on = 'project_investment') THEN
                   CAST((SELECT s.starts FROM mart_project_starts AS s
                    WHERE s.year = t.year AND s.period = p.period AND s.band_code = t.indicator
                      AND (CASE t.subject_type WHEN 'city' THEN s.is_city ELSE s.region_code = t.subject_code END))
                        AS DECIMAL(38, 10))
               WHEN t.subject_type = 'cluster' AND t.indicator = 'revenue' THEN
                   CAST((SELECT m.revenue_ytd * 0.0001 FROM mart_cluster_progress AS m
                    WHERE m.year = t.year AND m.period = p.period AND m.cluster_code = t.subject_code)
                        AS DECIMAL(38, 10))
               WHEN t.subject_type = 'key_group' THEN
                   CAST((SELECT CASE t.measure WHEN 'growth_pct' THEN k.growth_pct WHEN 'share_pct' THEN k.share_pct
                                          WHEN 'pull_pts' THEN k.pull_pts END
                    FROM mart_key_group AS k
                    WHERE k.year = t.year AND k.period = p.period AND k.list_code = t.subject_code)
                        AS DECIMAL(38, 10))
               WHEN t.subject_type = 'projects' AND t.indicator = 'investment' THEN
                   CAST((SELECT j.invested * 0.0001 FROM projects AS j WHERE j.year = t.year AND j.period = p.period)
                        AS DECIMAL(38, 10))
               WHEN t.subject_type = 'projects' AND t.indicator = 'new_output' AND t.measure = 'pull_pts' THEN
                   CAST((SELECT ratio_pct(j.new_output, o.value_ly) FROM projects AS j, output AS o
                    WHERE j.year = t.year AND j.period = p.period AND o.year = t.year AND o.period = p.period)
                        AS DECIMAL(38, 10))
               WHEN t.subject_type = 'projects' AND t.indicator = 'new_output' THEN
                   CAST((SELECT j.new_output * 0.0001 FROM projects AS j WHERE j.year = t.year AND j.period = p.period)
                        AS DECIMAL(38, 10))
               WHEN t.subject_type = 'projects' AND t.indicator = 'projects' THEN
                   CAST((SELECT j.projects FROM projects AS j WHERE j.year = t.year AND j.period = p.period)
                        AS DECIMAL(38, 10))
           END AS actual,
           -- Rates are judged on the unrounded figure (pct_reaches), never on the rounded actual above.
           CASE
               WHEN t.subject_type = 'city' AND t.indicator = 'value_added' THEN
                   -- the bureau's published growth is the figure itself: nothing finer exists
                   (SELECT c.growth_pct >= rate_target(p.period, t.annual_value, t.h1_value)
                    FROM mart_city_indicator AS c
                    WHERE c.year = t.year AND c.period = p.period AND c.indicator = 'value_added')
               WHEN t.subject_type = 'city' AND t.indicator = 'profit_margin' THEN
                   pct_reaches((SELECT c.value_ytd FROM mart_city_indicator AS c
                                WHERE c.year = t.year AND c.period = p.period AND c.indicator = 'profit'),
                               (SELECT c.value_ytd FROM mart_city_indicator AS c
                                WHERE c.year = t.year AND c.period = p.period AND c.indicator = 'revenue'),
                               rate_target(p.period, t.annual_value, t.h1_value))
               WHEN t.subject_type = 'city' AND t.indicator = 'problem_resolution' THEN
                   (SELECT pct_reaches(q.policy_resolved, q.policy_problems,
                                       rate_target(p.period, t.annual_value, t.h1_value))
                    FROM mart_problem_resolution AS q
                    WHERE q.year = t.year AND q.period = p.period AND q.breakdown = 'city')
               WHEN t.subject_type = 'city' AND t.indicator = 'industrial_investment' AND t.measure = 'share_pct' THEN
                   -- from the levels where the bureau published them, else its published share as it stands
                   (SELECT CASE WHEN v.share_from_levels
                                THEN pct_reaches(v.industrial_investment_yi, v.fai_yi,
                                                 rate_target(p.period, t.annual_value, t.h1_value))
                                ELSE v.published_share_pct >= rate_target(p.period, t.annual_value, t.h1_value)
                           END
                    FROM mart_fixed_asset_investment AS v
                    WHERE v.year = t.year AND v.period = p.period AND v.is_city)
               WHEN t.subject_type = 'city'
                    AND t.indicator IN ('industrial_investment', 'manufacturing_investment', 'tech_reform_investment') THEN
                   -- the bureau's published growth is the figure itself, as for value added
                   (SELECT CASE t.indicator WHEN 'industrial_investment' THEN v.industrial_growth_pct
                                            WHEN 'manufacturing_investment' THEN v.manufacturing_growth_pct
                                            ELSE v.tech_reform_growth_pct END
                               >= rate_target(p.period, t.annual_value, t.h1_value)
                    FROM mart_fixed_asset_investment AS v
                    WHERE v.year = t.year AND v.period = p.period AND v.is_city)
               WHEN t.subject_type IN ('city', 'region') AND t.indicator = 'entrants_pull' THEN
                   (SELECT pct_reaches(e.entrants_output_ytd - e.entrants_output_ly, e.output_ly,
                                       rate_target(p.period, t.annual_value, t.h1_value))
                    FROM mart_entrants_pull AS e
                    WHERE e.year = t.year AND e.period = p.period
                      AND (CASE t.subject_type WHEN 'city' THEN e.is_city ELSE e.region_code = t.subject_code END))
               WHEN t.subject_type = 'projects' AND t.indicator = 'new_output' AND t.measure = 'pull_pts' THEN
                   (SELECT pct_reaches(j.new_output, o.value_ly, rate_target(p.period, t.annual_value, t.h1_value))
                    FROM projects AS j, output AS o
                    WHERE j.year = t.year AND j.period = p.period AND o.year = t.year AND o.period = p.period)
               WHEN t.measure = 'count_on_pace' THEN
                   -- a count of enterprises over a band, at the pace of the year: the annual count, never split
                   (SELECT b.enterprises_on_pace >= rate_target(p.period, t.annual_value, t.h1_value)
                    FROM mart_enterprise_band AS b
                    WHERE b.year = t.year AND b.period = p.period AND b.band_code = t.indicator
                      AND (CASE t.subject_type WHEN 'city' THEN b.is_city ELSE b.region_code = t.subject_code END))
               WHEN t.subject_type = 'city' AND t.indicator = 'energy_intensity' THEN
                   -- a fall (change_pct): met at or below the target (降低18% is −18), on the exact chains
                   (SELECT 100 * v.energy_chain <= (100 + rate_target(p.period, t.annual_value, t.h1_value)) * v.value_added_chain
                    FROM mart_energy_intensity AS v
                    WHERE v.year = t.year AND v.period = p.period AND v.is_city
                      AND v.base_year = coalesce(t.base_year, t.year - 1))
               WHEN t.subject_type = 'city' AND t.indicator = 'capacity_utilization' AND t.measure = 'band_pct' THEN
                   -- the bureau's published rate is the figure itself, judged against the band both ways
                   (SELECT arg_max(c.utilization_pct, c.period)
                               BETWEEN t.annual_value - t.tolerance_value AND t.annual_value + t.tolerance_value
                    FROM mart_capacity_utilization AS c
                    WHERE c.year = t.year AND c.period <= p.period AND c.is_city AND c.industry_code IS NULL)
               WHEN t.subject_type = 'city' AND t.indicator IN ('sei_revenue', 'sei_output') THEN
                   (SELECT CASE t.indicator || ':' || t.measure
                               WHEN 'sei_revenue:share_pct' THEN pct_reaches(s.revenue_ytd, s.total_revenue_ytd, target)
                               WHEN 'sei_revenue:growth_pct' THEN pct_reaches(s.revenue_ytd - s.revenue_ly, s.revenue_ly, target)
                               WHEN 'sei_output:share_pct' THEN pct_reaches(s.output_ytd, s.total_output_ytd, target)
                               WHEN 'sei_output:growth_pct' THEN pct_reaches(s.output_ytd - s.output_ly, s.output_ly, target)
                           END
                    FROM mart_strategic_emerging AS s, (SELECT rate_target(p.period, t.annual_value, t.h1_value) AS target)
                    WHERE s.year = t.year AND s.period = p.period AND s.breakdown = 'city')
               WHEN t.subject_type = 'key_group' THEN
                   (SELECT CASE t.measure WHEN 'growth_pct' THEN k.growth_met WHEN 'share_pct' THEN k.share_met
                                          WHEN 'pull_pts' THEN k.pull_met END
                    FROM mart_key_group AS k
                    WHERE k.year = t.year AND k.period = p.period AND k.list_code = t.subject_code)
           END AS rate_reached
    FROM fact_target AS t
    JOIN periods AS p ON p.year = t.year
),
judged AS (
    SELECT a.*,
           a.measure IN ('level', 'count') AS is_level,
           CASE WHEN a.measure IN ('level', 'count')
                THEN level_target(a.period, a.annual_value, a.h1_value, a.q1_value, a.q2_value, a.q3_value, a.q4_value)
                ELSE rate_target(a.period, a.annual_value, a.h1_value)
           END AS target_to_date
    FROM actuals AS a
)
SELECT year, period, period_label(year, period) AS period_label,
       target_id, target_name, subject_type, subject_code, indicator, measure, unit,
       annual_value, h1_value, target_to_date, actual,
       CASE WHEN is_level THEN ratio_pct(actual, annual_value) END AS completion_pct,
       time_progress_pct(period) AS time_progress_pct,
       CASE WHEN is_level THEN ratio_pct(12 * actual - period * annual_value, 12 * annual_value) END AS ahead_pts,
       CASE WHEN is_level
            THEN 12 * actual >= level_target_x12(period, annual_value, h1_value, q1_value, q2_value, q3_value, q4_value)
            ELSE rate_reached
       END AS met_to_date,
       CASE WHEN period = 6
            THEN CASE WHEN is_level THEN 2 * actual >= annual_value ELSE rate_reached END
       END AS double_half_met,
       tolerance_value
FROM judged;
