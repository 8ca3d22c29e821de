package org.imon.warehouse.schema;

import java.io.Serializable;

/**
 * One column of a published table.
 *
 * @param name        canonical English name, used by Spark, DuckDB and SQL alike
 * @param type        SQL type
 * @param chineseName the name analysts and the departments' files use
 * @param unit        unit of an amount (万元, 万千瓦时, %), empty otherwise
 * @param description meaning, and formula where derived
 */
public record Column(String name, ColumnType type, String chineseName, String unit, String description)
        implements Serializable {
}
