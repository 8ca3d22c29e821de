-- The headline's comparison: the province's and the nation's value-added growth, and the city's
-- rank on it among the cities the benchmark feed carries (the city and its peers in the province).
-- Equal growth shares a rank (city_rank_tied). Every column is NULL where the feed has no figure.
-- Parameters: year, period, province name, province name.
WITH va AS (
    SELECT area, is_city, growth_pct
    FROM mart_benchmark
    WHERE year = ? AND period = ? AND indicator = 'value_added' AND industry_code IS NULL AND growth_pct IS NOT NULL
), province AS (
    SELECT growth_pct FROM va WHERE area = ?
), cities AS (
    SELECT is_city, growth_pct, rank() OVER (ORDER BY growth_pct DESC) AS city_rank, count(*) OVER () AS cities
    FROM va
    WHERE area NOT IN (?, '全国')
), city AS (
    SELECT city_rank, cities, (SELECT count(*) FROM cities AS o WHERE o.city_rank = c.city_rank) > 1 AS city_rank_tied
    FROM cities AS c
    WHERE is_city AND cities > 1
)
SELECT (SELECT growth_pct FROM province) AS province_growth_pct,
       (SELECT growth_pct FROM va WHERE area = '全国') AS nation_growth_pct,
       city.city_rank, city.cities, city.city_rank_tied
FROM (SELECT 1) AS one
LEFT JOIN city ON true;
