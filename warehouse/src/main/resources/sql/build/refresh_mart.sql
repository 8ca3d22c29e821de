-- Computes a mart's rows again for the changed years (or all its rows) from its view, created in the
-- build's scratch database, into its table in the warehouse. Sorted as materialise_mart.sql sorts.
DELETE FROM warehouse.main.${mart}
WHERE ${rows};

INSERT INTO warehouse.main.${mart}
SELECT * FROM memory.main.${mart}
WHERE ${rows}
ORDER BY ALL;

DROP VIEW memory.main.${mart};
