-- Adds one partition of a published table from its committed Parquet files (a list, never a glob),
-- cast to the schema declared in schema/<table>.tsv.
INSERT INTO ${table}
SELECT
    ${cast_select_list}
FROM read_parquet(${parquet_files}, hive_partitioning = true, hive_types = ${hive_types}, union_by_name = true);
