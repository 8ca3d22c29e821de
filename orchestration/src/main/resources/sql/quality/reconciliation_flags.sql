-- 核对未通过: figures sent with a published growth rate that differs from the one recomputed from
-- their levels by more than 0.1 point (mart_reconciliation), with whether the area is the city itself
-- (its own published figure: a data-quality failure) or another body's (a warning).
SELECT feed, source_file, source_row, period_label, area, indicator_name,
       published_growth_pct, recomputed_growth_pct, area = ? AS is_city
FROM mart_reconciliation
WHERE flagged
ORDER BY source_file, source_row
