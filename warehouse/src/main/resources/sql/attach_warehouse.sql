-- Opens the file being built in the storage format of DuckDB 1.4 (the long-term-support line), so
-- that analysts' tools that lag a major version (DBeaver's bundled driver, the Python and Node
-- packages) can open it; written by a newer DuckDB, the file would otherwise carry a storage
-- version that 1.x clients refuse. Everything the build creates goes into this database.
ATTACH ${file} AS warehouse (STORAGE_VERSION 'v1.4.0');
USE warehouse;
