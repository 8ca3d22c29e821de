-- 指标: every indicator the marts compare, with its Chinese name, unit and circular order.
CREATE TABLE dim_indicator AS
SELECT * FROM (VALUES
    ('value_added', '规模以上工业增加值', '%', 1),
    ('revenue', '营业收入', '万元', 2),
    ('output', '工业总产值', '万元', 3),
    ('profit', '利润总额', '万元', 4),
    ('electricity', '工业用电量', '万千瓦时', 5),
    ('vat', '工业增值税', '万元', 6),
    ('enterprises', '规模以上工业企业数', '家', 7)
) AS t(indicator, indicator_name, unit, sort_order);
