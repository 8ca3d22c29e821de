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
-- Every target of the year × every period with data, with the source its actual is read from and the
-- source its rate is judged on: the first rule that applies, in this order. Each source is then one
-- join below, not a subquery per row: with a correlated subquery per rule, DuckDB spent seconds
-- planning this one view, whatever the data.
target_periods AS (
    SELECT t.*, p.period,
           CASE
               WHEN t.subject_type = 'city' AND t.indicator = 'value_added' THEN 'value_added'
               WHEN t.subject_type = 'city' AND t.indicator = 'profit_margin' THEN 'profit_margin'
               WHEN t.subject_type = 'city' AND t.indicator = 'problem_resolution' THEN 'problem_resolution'
               WHEN t.subject_type = 'city' AND t.indicator = 'industrial_investment' THEN 'industrial_investment'
               WHEN t.subject_type = 'city' AND t.indicator IN ('manufacturing_investment', 'tech_reform_investment')
                   THEN 'investment_growth'
               WHEN t.subject_type = 'city' AND t.indicator = 'energy_intensity' THEN 'energy_intensity'
               WHEN t.subject_type = 'city' AND t.indicator = 'capacity_utilization' THEN 'capacity_utilization'
               WHEN t.subject_type = 'city' AND t.indicator IN ('sei_revenue', 'sei_output') THEN 'strategic_emerging'
               WHEN t.subject_type = 'city' AND t.indicator = 'entrants' THEN 'entrants'
               WHEN t.subject_type IN ('city', 'region') AND t.indicator = 'entrants_pull' THEN 'entrants_pull'
               WHEN t.subject_type IN ('city', 'region') AND t.indicator IN (SELECT band_code FROM dim_size_band
                                                                             WHERE measured_on <> 'project_investment')
                   THEN 'enterprise_band'
               WHEN t.subject_type IN ('city', 'region') AND t.indicator IN (SELECT band_code FROM dim_size_band
                                                                             WHERE measured_on = 'project_investment')
                   THEN 'project_starts'
               WHEN t.subject_type = 'cluster' AND t.indicator = 'revenue' THEN 'cluster_revenue'
               WHEN t.subject_type = 'key_group' THEN 'key_group'
               WHEN t.subject_type = 'projects' AND t.indicator = 'investment' THEN 'project_investment'
               WHEN t.subject_type = 'projects' AND t.indicator = 'new_output' AND t.measure = 'pull_pts'
                   THEN 'project_pull'
               WHEN t.subject_type = 'projects' AND t.indicator = 'new_output' THEN 'project_new_output'
               WHEN t.subject_type = 'projects' AND t.indicator = 'projects' THEN 'project_count'
           END AS actual_from,
           -- Rates are judged on the unrounded figure (pct_reaches), never on the rounded actual.
           CASE
               WHEN t.subject_type = 'city' AND t.indicator = 'value_added' THEN 'value_added'
               WHEN t.subject_type = 'city' AND t.indicator = 'profit_margin' THEN 'profit_margin'
               WHEN t.subject_type = 'city' AND t.indicator = 'problem_resolution' THEN 'problem_resolution'
               WHEN t.subject_type = 'city' AND t.indicator = 'industrial_investment' AND t.measure = 'share_pct'
                   THEN 'investment_share'
               WHEN t.subject_type = 'city'
                    AND t.indicator IN ('industrial_investment', 'manufacturing_investment', 'tech_reform_investment')
                   THEN 'investment_growth'
               WHEN t.subject_type IN ('city', 'region') AND t.indicator = 'entrants_pull' THEN 'entrants_pull'
               WHEN t.subject_type = 'projects' AND t.indicator = 'new_output' AND t.measure = 'pull_pts'
                   THEN 'project_pull'
               WHEN t.measure = 'count_on_pace' THEN 'enterprise_band'
               WHEN t.subject_type = 'city' AND t.indicator = 'energy_intensity' THEN 'energy_intensity'
               WHEN t.subject_type = 'city' AND t.indicator = 'capacity_utilization' AND t.measure = 'band_pct'
                   THEN 'capacity_utilization'
               WHEN t.subject_type = 'city' AND t.indicator IN ('sei_revenue', 'sei_output') THEN 'strategic_emerging'
               WHEN t.subject_type = 'key_group' THEN 'key_group'
           END AS judged_by,
           rate_target(p.period, t.annual_value, t.h1_value) AS rate_to_date
    FROM fact_target AS t
    JOIN periods AS p ON p.year = t.year
),
city_figures AS (
    SELECT year, period,
           any_value(growth_pct) FILTER (WHERE indicator = 'value_added') AS value_added_growth_pct,
           any_value(value_ytd) FILTER (WHERE indicator = 'profit') AS profit_ytd,
           any_value(value_ytd) FILTER (WHERE indicator = 'revenue') AS revenue_ytd
    FROM mart_city_indicator
    GROUP BY year, period
),
entrants_by_year AS (
    SELECT year, sum(entrants) AS entrants FROM mart_entrants_exits GROUP BY year
),
-- The latest quarter's rate of the year up to each period: the band target reads that one.
capacity_to_date AS (
    SELECT tp.year, tp.target_id, tp.period, arg_max(c.utilization_pct, c.period) AS utilization_pct
    FROM target_periods AS tp
    JOIN mart_capacity_utilization AS c
      ON c.year = tp.year AND c.period <= tp.period AND c.is_city AND c.industry_code IS NULL
    WHERE tp.actual_from = 'capacity_utilization' OR tp.judged_by = 'capacity_utilization'
    GROUP BY tp.year, tp.target_id, tp.period
),
-- Each target and period with the one row its source holds for it (none: the actual stays empty).
sourced AS (
    SELECT tp.*,
           cf.value_added_growth_pct, cf.profit_ytd, cf.revenue_ytd,
           q.resolution_rate_pct, q.policy_resolved, q.policy_problems,
           v.industrial_share_pct, v.industrial_growth_pct, v.manufacturing_growth_pct, v.tech_reform_growth_pct,
           v.share_from_levels, v.industrial_investment_yi, v.fai_yi, v.published_share_pct,
           ei.change_since_base_pct, ei.energy_chain, ei.value_added_chain,
           cu.utilization_pct,
           s.revenue_share_pct, s.revenue_growth_pct, s.output_share_pct, s.output_growth_pct,
           s.revenue_ytd AS sei_revenue_ytd, s.total_revenue_ytd, s.revenue_ly AS sei_revenue_ly,
           s.output_ytd AS sei_output_ytd, s.total_output_ytd, s.output_ly AS sei_output_ly,
           ep.entrants_pull_pts, ep.entrants_output_ytd, ep.entrants_output_ly, ep.output_ly AS entrants_base_ly,
           b.enterprises_on_pace, ps.starts, cp.revenue_ytd AS cluster_revenue_ytd,
           k.growth_pct AS key_growth_pct, k.share_pct AS key_share_pct, k.pull_pts AS key_pull_pts,
           k.growth_met, k.share_met, k.pull_met,
           j.invested, j.projects AS project_count, j.new_output, o.value_ly AS output_ly, en.entrants
    FROM target_periods AS tp
    LEFT JOIN city_figures AS cf
      ON tp.actual_from IN ('value_added', 'profit_margin') AND cf.year = tp.year AND cf.period = tp.period
    LEFT JOIN mart_problem_resolution AS q
      ON tp.actual_from = 'problem_resolution' AND q.year = tp.year AND q.period = tp.period AND q.breakdown = 'city'
    LEFT JOIN mart_fixed_asset_investment AS v
      ON tp.actual_from IN ('industrial_investment', 'investment_growth')
     AND v.year = tp.year AND v.period = tp.period AND v.is_city
    LEFT JOIN mart_energy_intensity AS ei
      ON tp.actual_from = 'energy_intensity' AND ei.year = tp.year AND ei.period = tp.period AND ei.is_city
     AND ei.base_year = coalesce(tp.base_year, tp.year - 1)
    LEFT JOIN capacity_to_date AS cu
      ON cu.year = tp.year AND cu.target_id = tp.target_id AND cu.period = tp.period
    LEFT JOIN mart_strategic_emerging AS s
      ON tp.actual_from = 'strategic_emerging' AND s.year = tp.year AND s.period = tp.period AND s.breakdown = 'city'
    LEFT JOIN mart_entrants_pull AS ep
      ON tp.actual_from = 'entrants_pull' AND ep.year = tp.year AND ep.period = tp.period
     AND (CASE tp.subject_type WHEN 'city' THEN ep.is_city ELSE ep.region_code = tp.subject_code END)
    LEFT JOIN mart_enterprise_band AS b
      ON (tp.actual_from = 'enterprise_band' OR tp.judged_by = 'enterprise_band')
     AND b.year = tp.year AND b.period = tp.period AND b.band_code = tp.indicator
     AND (CASE tp.subject_type WHEN 'city' THEN b.is_city ELSE b.region_code = tp.subject_code END)
    LEFT JOIN mart_project_starts AS ps
      ON tp.actual_from = 'project_starts' AND ps.year = tp.year AND ps.period = tp.period
     AND ps.band_code = tp.indicator
     AND (CASE tp.subject_type WHEN 'city' THEN ps.is_city ELSE ps.region_code = tp.subject_code END)
    LEFT JOIN mart_cluster_progress AS cp
      ON tp.actual_from = 'cluster_revenue' AND cp.year = tp.year AND cp.period = tp.period
     AND cp.cluster_code = tp.subject_code
    LEFT JOIN mart_key_group AS k
      ON tp.actual_from = 'key_group' AND k.year = tp.year AND k.period = tp.period AND k.list_code = tp.subject_code
    LEFT JOIN entrants_by_year AS en
      ON tp.actual_from = 'entrants' AND en.year = tp.year
    LEFT JOIN projects AS j
      ON tp.actual_from IN ('project_investment', 'project_pull', 'project_new_output', 'project_count')
     AND j.year = tp.year AND j.period = tp.period
    LEFT JOIN output AS o
      ON tp.actual_from = 'project_pull' AND o.year = tp.year AND o.period = tp.period
),
actuals AS (
    SELECT sourced.*,
           CASE actual_from
               WHEN 'value_added' THEN CAST(value_added_growth_pct AS DECIMAL(38, 10))
               WHEN 'profit_margin' THEN CAST(ratio_pct(profit_ytd, revenue_ytd) AS DECIMAL(38, 10))
               WHEN 'problem_resolution' THEN CAST(resolution_rate_pct AS DECIMAL(38, 10))
               WHEN 'industrial_investment' THEN CAST(CASE measure WHEN 'share_pct' THEN industrial_share_pct
                                                                   WHEN 'growth_pct' THEN industrial_growth_pct END
                                                      AS DECIMAL(38, 10))
               WHEN 'investment_growth' THEN CAST(CASE indicator WHEN 'manufacturing_investment' THEN manufacturing_growth_pct
                                                                 ELSE tech_reform_growth_pct END
                                                  AS DECIMAL(38, 10))
               WHEN 'energy_intensity' THEN CAST(change_since_base_pct AS DECIMAL(38, 10))
               WHEN 'capacity_utilization' THEN CAST(utilization_pct AS DECIMAL(38, 10))
               WHEN 'strategic_emerging' THEN CAST(CASE indicator || ':' || measure
                                                       WHEN 'sei_revenue:share_pct' THEN revenue_share_pct
                                                       WHEN 'sei_revenue:growth_pct' THEN revenue_growth_pct
                                                       WHEN 'sei_output:share_pct' THEN output_share_pct
                                                       WHEN 'sei_output:growth_pct' THEN output_growth_pct END
                                                   AS DECIMAL(38, 10))
               WHEN 'entrants' THEN CAST(entrants AS DECIMAL(38, 10))
               WHEN 'entrants_pull' THEN CAST(entrants_pull_pts AS DECIMAL(38, 10))
               WHEN 'enterprise_band' THEN CAST(enterprises_on_pace AS DECIMAL(38, 10))
               WHEN 'project_starts' THEN CAST(starts AS DECIMAL(38, 10))
               WHEN 'cluster_revenue' THEN CAST(cluster_revenue_ytd * 0.0001 AS DECIMAL(38, 10))
               WHEN 'key_group' THEN CAST(CASE measure WHEN 'growth_pct' THEN key_growth_pct
                                                       WHEN 'share_pct' THEN key_share_pct
                                                       WHEN 'pull_pts' THEN key_pull_pts END
                                          AS DECIMAL(38, 10))
               WHEN 'project_investment' THEN CAST(invested * 0.0001 AS DECIMAL(38, 10))
               WHEN 'project_pull' THEN CAST(ratio_pct(new_output, output_ly) AS DECIMAL(38, 10))
               WHEN 'project_new_output' THEN CAST(new_output * 0.0001 AS DECIMAL(38, 10))
               WHEN 'project_count' THEN CAST(project_count AS DECIMAL(38, 10))
           END AS actual,
           CASE judged_by
               -- the bureau's published growth is the figure itself: nothing finer exists
               WHEN 'value_added' THEN value_added_growth_pct >= rate_to_date
               WHEN 'profit_margin' THEN pct_reaches(profit_ytd, revenue_ytd, rate_to_date)
               WHEN 'problem_resolution' THEN pct_reaches(policy_resolved, policy_problems, rate_to_date)
               -- from the levels where the bureau published them, else its published share as it stands
               WHEN 'investment_share' THEN CASE WHEN share_from_levels
                                                 THEN pct_reaches(industrial_investment_yi, fai_yi, rate_to_date)
                                                 ELSE published_share_pct >= rate_to_date END
               -- the bureau's published growth is the figure itself, as for value added
               WHEN 'investment_growth' THEN CASE indicator WHEN 'industrial_investment' THEN industrial_growth_pct
                                                            WHEN 'manufacturing_investment' THEN manufacturing_growth_pct
                                                            ELSE tech_reform_growth_pct END >= rate_to_date
               WHEN 'entrants_pull' THEN pct_reaches(entrants_output_ytd - entrants_output_ly, entrants_base_ly,
                                                     rate_to_date)
               WHEN 'project_pull' THEN pct_reaches(new_output, output_ly, rate_to_date)
               -- a count of enterprises over a band, at the pace of the year: the annual count, never split
               WHEN 'enterprise_band' THEN enterprises_on_pace >= rate_to_date
               -- a fall (change_pct): met at or below the target (降低18% is −18), on the exact chains
               WHEN 'energy_intensity' THEN 100 * energy_chain <= (100 + rate_to_date) * value_added_chain
               -- the bureau's published rate is the figure itself, judged against the band both ways
               WHEN 'capacity_utilization' THEN utilization_pct BETWEEN annual_value - tolerance_value
                                                                     AND annual_value + tolerance_value
               WHEN 'strategic_emerging' THEN CASE indicator || ':' || measure
                   WHEN 'sei_revenue:share_pct' THEN pct_reaches(sei_revenue_ytd, total_revenue_ytd, rate_to_date)
                   WHEN 'sei_revenue:growth_pct' THEN pct_reaches(sei_revenue_ytd - sei_revenue_ly, sei_revenue_ly, rate_to_date)
                   WHEN 'sei_output:share_pct' THEN pct_reaches(sei_output_ytd, total_output_ytd, rate_to_date)
                   WHEN 'sei_output:growth_pct' THEN pct_reaches(sei_output_ytd - sei_output_ly, sei_output_ly, rate_to_date)
               END
               WHEN 'key_group' THEN CASE measure WHEN 'growth_pct' THEN growth_met WHEN 'share_pct' THEN share_met
                                                  WHEN 'pull_pts' THEN pull_met END
           END AS rate_reached
    FROM sourced
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
