-- Loads one published table from its committed Parquet files (a list, never a glob: a glob would also
-- meet what a killed writer left under _temporary), cast to the schema declared in schema/<table>.tsv.
CREATE TABLE ${table} (
    ${column_definitions}
);

INSERT INTO ${table}
SELECT
    ${cast_select_list}
FROM read_parquet(${parquet_files}${read_options});
