-- The marts (views named mart_*) created so far and not yet materialised, in creation order.
SELECT view_name
FROM duckdb_views()
WHERE database_name = current_database() AND NOT internal AND view_name LIKE 'mart\_%' ESCAPE '\'
ORDER BY view_oid;
