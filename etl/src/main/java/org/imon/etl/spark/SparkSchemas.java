package org.imon.etl.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import org.imon.warehouse.schema.Column;
import org.imon.warehouse.schema.ColumnType;
import org.imon.warehouse.schema.TableSchema;

/** A published table's schema, as Spark writes it. */
public final class SparkSchemas {
    private SparkSchemas() {
    }

    public static StructType of(TableSchema table) {
        return DataTypes.createStructType(table.columns().stream().map(SparkSchemas::field).toList());
    }

    private static StructField field(Column column) {
        return DataTypes.createStructField(column.name(), type(column.type()), true);
    }

    static DataType type(ColumnType type) {
        return switch (type.kind()) {
            case VARCHAR -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case BIGINT -> DataTypes.LongType;
            case DECIMAL -> DataTypes.createDecimalType(type.precision(), type.scale());
            case DATE -> DataTypes.DateType;
            case TIMESTAMP -> DataTypes.TimestampNTZType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }
}
