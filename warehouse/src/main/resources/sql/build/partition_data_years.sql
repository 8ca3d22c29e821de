-- The years a partition's rows are about, where a table records them apart from its partition's year:
-- a benchmark file received in the 2025 folder may carry (or revise) figures of 2024, and the marts
-- of 2024 must then be computed again.
SELECT DISTINCT data_year
FROM ${table}
WHERE ${partition_predicate} AND data_year IS NOT NULL;
