-- 新开工工业项目: per year × period, each region and the city (is_city; its region_code is NULL), for each
-- band of dim_size_band measured on project_investment, the key projects of at least that 总投资 that
-- started this year, up to the period (seed 002 二(四): each county and 随州高新区 starts 2 industrial
-- projects over 5亿 and 20 over 1亿 a year).
--
-- started        a project starts in the period where it leaves 签约 for 开工, 投产 or 达产 (against its
--                latest earlier row on the ledger, last year's included, whatever months are missing),
--                or where it first appears on the ledger already under way with all it has invested
--                invested this year (invested_since_start = invested_ytd). Its region and 总投资 are
--                those of that period.
-- starts         the projects started from 1-2月 to the period: a count over the year to date.
-- Every current region has a row for each band and period of the ledger, zero when none started.
CREATE VIEW mart_project_starts AS
WITH ledger AS (
    SELECT year, period, project_id, region_code, total_investment, status, invested_ytd, invested_since_start,
           lag(status) OVER (PARTITION BY project_id ORDER BY year, period) AS earlier_status
    FROM mart_project_progress
),
started AS (
    SELECT year, period AS start_period, project_id, region_code, total_investment
    FROM ledger
    WHERE status IN ('开工', '投产', '达产')
      AND (earlier_status = '签约' OR (earlier_status IS NULL AND invested_since_start = invested_ytd))
),
periods AS (
    SELECT DISTINCT year, period FROM mart_project_progress
),
bands AS (
    SELECT * FROM dim_size_band WHERE measured_on = 'project_investment'
),
subjects AS (
    SELECT region_code, short_name AS region_name, sort_order, FALSE AS is_city
    FROM dim_region WHERE region_code = current_code
    UNION ALL
    SELECT NULL, '全市', 0, TRUE
)
SELECT p.year, p.period, period_label(p.year, p.period) AS period_label,
       s.region_code, s.region_name, s.sort_order, s.is_city,
       b.band_code, b.band_name, b.threshold_wan, b.sort_order AS band_order,
       (SELECT count(*) FROM started AS t
        WHERE t.year = p.year AND t.start_period <= p.period AND t.total_investment >= b.threshold_wan
          AND (s.is_city OR t.region_code = s.region_code)) AS starts
FROM periods AS p
CROSS JOIN subjects AS s
CROSS JOIN bands AS b;
