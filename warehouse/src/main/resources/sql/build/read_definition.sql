-- The definitions' fingerprint the warehouse was built with.
SELECT fingerprint
FROM warehouse.build.definition;
