-- A fingerprint of a table's rows per year (one row with a NULL year for a table without one),
-- independent of row order: comparing it before and after reloading the table tells which years'
-- rows changed.
SELECT ${year_column} AS year, sum(hash(t)) AS rows_hash
FROM ${table} AS t
GROUP BY ALL;
