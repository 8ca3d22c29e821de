-- One table of a snapshot, read from its Parquet files ($1: the files' glob): how many rows, and a
-- checksum of the rows that does not depend on their order or on how Spark split them into files.
SELECT count(*) AS row_count,
       md5(coalesce(string_agg(row_text, chr(10) ORDER BY row_text), '')) AS checksum
FROM (
    SELECT CAST(t AS VARCHAR) AS row_text
    FROM read_parquet(?, hive_partitioning = true) AS t
)
