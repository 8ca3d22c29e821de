-- 指标: the indicators the enterprise feed carries, with their Chinese names and circular order.
CREATE TABLE dim_indicator AS
SELECT * FROM (VALUES
    ('revenue', '营业收入', '万元', 1),
    ('output', '工业总产值', '万元', 2),
    ('profit', '利润总额', '万元', 3)
) AS t(indicator, indicator_name, unit, sort_order);
