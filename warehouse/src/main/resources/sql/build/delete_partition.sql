-- Removes the rows of one partition of a published table, before it is read again or because the
-- snapshot no longer has it.
DELETE FROM ${table}
WHERE ${partition_predicate};
