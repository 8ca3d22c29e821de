-- Loads one published table from its Parquet files, cast to the schema declared in schema/<table>.tsv.
CREATE TABLE ${table} (
    ${column_definitions}
);

INSERT INTO ${table}
SELECT
    ${cast_select_list}
FROM read_parquet(${parquet_glob}${read_options});
