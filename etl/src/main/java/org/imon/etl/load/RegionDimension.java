package org.imon.etl.load;

import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import org.imon.etl.spark.SparkSchemas;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.schema.TableSchema;

/** {@code dim_region}: the profile's regions, each with the code its figures are reported under today. */
public final class RegionDimension {
    public static final String TABLE = "dim_region";

    private RegionDimension() {
    }

    public static long write(SparkSession spark, CityProfile profile, Path publishedRoot) {
        List<Row> rows = profile.regions().stream()
                .map(r -> RowFactory.create(r.code(), r.name(), r.shortName(), r.kind(), r.validFromYear(),
                        r.validToYear(), profile.currentCode(r), r.sortOrder()))
                .toList();
        spark.createDataFrame(rows, SparkSchemas.of(TableSchema.load(TABLE)))
                .coalesce(1)
                .write()
                .mode(SaveMode.Overwrite)
                .parquet(publishedRoot.resolve(TABLE).toString());
        return rows.size();
    }
}
