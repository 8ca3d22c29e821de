-- 指标同义名称: the names under which a benchmark file may carry one of the city's own indicators, so
-- that mart_benchmark can set the city beside it. 主营业务收入 is the bureau's name before 2019 (营业收入
-- since), matched as revenue; the documented table is in docs/landing-formats.md ("Indicator names").
CREATE TABLE dim_indicator_synonym AS
SELECT * FROM (VALUES
    ('规模以上工业增加值', 'value_added'),
    ('规模以上工业增加值增速', 'value_added'),
    ('规上工业增加值', 'value_added'),
    ('工业增加值', 'value_added'),
    ('营业收入', 'revenue'),
    ('规模以上工业营业收入', 'revenue'),
    ('规模以上工业企业营业收入', 'revenue'),
    ('主营业务收入', 'revenue'),
    ('规模以上工业企业主营业务收入', 'revenue'),
    ('利润总额', 'profit'),
    ('规模以上工业利润总额', 'profit'),
    ('规模以上工业企业利润总额', 'profit'),
    ('工业总产值', 'output'),
    ('规模以上工业总产值', 'output')
) AS t(indicator_name, indicator);
