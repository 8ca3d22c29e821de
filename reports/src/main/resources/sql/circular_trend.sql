-- The first chart: value-added growth, cumulative month by month this year, for the city, its
-- province and the nation (mart_benchmark; the city's own figure is mart_city_indicator's).
-- Parameters: province name, year, period, province name.
SELECT CASE WHEN is_city THEN '全市' WHEN area = ? THEN '全省' ELSE '全国' END AS series,
       '1-' || period || '月' AS period_name,
       growth_pct
FROM mart_benchmark
WHERE year = ? AND period BETWEEN 2 AND ? AND indicator = 'value_added' AND industry_code IS NULL
  AND (is_city OR area IN (?, '全国')) AND growth_pct IS NOT NULL
ORDER BY CASE WHEN is_city THEN 0 WHEN area = '全国' THEN 2 ELSE 1 END, period;
