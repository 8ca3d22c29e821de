-- A published table with no rows yet (for example no corrections so far), in its declared schema.
CREATE TABLE ${table} (
    ${column_definitions}
);
