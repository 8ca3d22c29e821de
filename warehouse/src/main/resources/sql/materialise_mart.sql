-- Turns a mart's view into a table of the same name, columns and types, computed once at build time:
-- reports and analysts query the same name with the same SQL, but no longer re-aggregate the fact
-- tables on every query, and a DuckDB client older than the builder need not re-bind the view's SQL
-- (DuckDB 1.4 infers some of its types differently and cannot run every expression in it). Rows are
-- stored sorted, so that the file's content does not depend on thread timing and filters on the
-- leading columns (year, period) skip whole row groups.
CREATE TABLE ${mart}__materialised AS
SELECT * FROM ${mart}
ORDER BY ALL;

DROP VIEW ${mart};

ALTER TABLE ${mart}__materialised RENAME TO ${mart};
