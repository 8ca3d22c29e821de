-- Loads one ledger table from JSON-lines files (one record a line, as e-mail delivery appends them),
-- cast to the schema declared in schema/<table>.tsv. Every field is read as text and cast here, so the
-- files' own typing never decides a column's type. A last line torn by a power cut reads as all NULLs
-- and is left out: every record has its first column.
CREATE TABLE ${table} (
    ${column_definitions}
);

INSERT INTO ${table}
SELECT
    ${cast_select_list}
FROM read_json(${json_glob}, format = 'newline_delimited', ignore_errors = true, columns = ${text_columns})
WHERE ${first_column} IS NOT NULL;
