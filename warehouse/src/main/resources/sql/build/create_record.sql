-- What the warehouse was built from, so that the next build reads only what changed: each published
-- table's partitions with the fingerprint of their files, the definitions' fingerprint (the SQL, the
-- schemas and the DuckDB version: a change rebuilds everything), and how the last build went.
CREATE SCHEMA IF NOT EXISTS build;

CREATE OR REPLACE TABLE build.source_partition (
    table_name VARCHAR,
    partition VARCHAR,
    fingerprint VARCHAR
);

CREATE OR REPLACE TABLE build.definition (
    fingerprint VARCHAR
);

CREATE OR REPLACE TABLE build.last_build (
    mode VARCHAR,
    changed_partitions BIGINT,
    mart_years VARCHAR
);
