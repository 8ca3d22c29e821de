-- 指标同义名称: the names under which a benchmark file may carry one of the city's own indicators, so
-- that mart_benchmark can set the city beside it. 主营业务收入 is the bureau's name before 2019 (营业收入
-- since), matched as revenue; the documented table is in docs/landing-formats.md ("Indicator names").
-- name_rank: where one area, period and 行业 has the same indicator under two names (a file with both
-- 营业收入 and 主营业务收入), the name of the lower rank is the one matched; the bureau's current names
-- come first.
CREATE TABLE dim_indicator_synonym AS
SELECT * FROM (VALUES
    ('规模以上工业增加值', 'value_added', 1),
    ('规模以上工业增加值增速', 'value_added', 2),
    ('规上工业增加值', 'value_added', 3),
    ('工业增加值', 'value_added', 4),
    ('营业收入', 'revenue', 1),
    ('规模以上工业营业收入', 'revenue', 2),
    ('规模以上工业企业营业收入', 'revenue', 3),
    ('主营业务收入', 'revenue', 4),
    ('规模以上工业企业主营业务收入', 'revenue', 5),
    ('利润总额', 'profit', 1),
    ('规模以上工业利润总额', 'profit', 2),
    ('规模以上工业企业利润总额', 'profit', 3),
    ('工业总产值', 'output', 1),
    ('规模以上工业总产值', 'output', 2)
) AS t(indicator_name, indicator, name_rank);
