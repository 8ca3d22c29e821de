-- The columns a published table's Parquet files have between them. A file written before a column was
-- added to the table lacks it; the load reads such a column as NULL instead of failing.
DESCRIBE SELECT * FROM read_parquet(${parquet_files}${read_options});
