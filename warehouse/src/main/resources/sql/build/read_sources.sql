-- The partitions a warehouse was built from, with their files' fingerprints.
SELECT table_name, partition, fingerprint
FROM warehouse.build.source_partition;
