-- Whether a warehouse keeps a record of what it was built from (see create_record.sql); one built by
-- an earlier release does not, and is rebuilt from scratch.
SELECT count(*) > 0
FROM duckdb_tables()
WHERE database_name = 'warehouse' AND schema_name = 'build' AND table_name = 'definition';
