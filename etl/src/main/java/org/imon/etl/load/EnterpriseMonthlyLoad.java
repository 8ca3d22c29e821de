package org.imon.etl.load;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import org.imon.etl.feed.FeedSpec;
import org.imon.etl.landing.LandingFile;
import org.imon.etl.load.FeedReader.FileResult;
import org.imon.etl.spark.SparkSchemas;
import org.imon.etl.validate.Rejection;
import org.imon.warehouse.schema.TableSchema;

/**
 * 规上工业企业月报 → {@code fact_enterprise_period}, partitioned by year and period. Each landing file
 * is read and checked in its own Spark task; the periods present in the landing files are rewritten,
 * other periods are left as they were.
 */
public final class EnterpriseMonthlyLoad {
    public static final String FEED = "enterprise_monthly";
    public static final String TABLE = "fact_enterprise_period";

    private EnterpriseMonthlyLoad() {
    }

    public static FeedLoadReport run(SparkSession spark, Path landingRoot, Path publishedRoot, Path quarantineDir,
            String profileId) throws IOException {
        List<LandingFile> files = LandingFile.list(landingRoot, FEED);
        if (files.isEmpty()) {
            throw new IllegalStateException("没有找到企业月报文件: " + landingRoot.resolve(FEED));
        }
        TableSchema table = TableSchema.load(TABLE);
        FeedReader reader = new FeedReader(FeedSpec.load(FEED), table, profileId);

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<FileResult> results = jsc.parallelize(files, files.size()).map(reader::read)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            JavaRDD<Row> rows = results.flatMap(r -> r.rows().stream().map(RowFactory::create).iterator());
            Dataset<Row> published = spark.createDataFrame(rows, SparkSchemas.of(table));
            String[] partitions = table.partitionColumns().toArray(String[]::new);
            published.repartition(table.partitionColumns().stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new))
                    .sortWithinPartitions("credit_code")
                    .write()
                    .mode(SaveMode.Overwrite)
                    .partitionBy(partitions)
                    .parquet(publishedRoot.resolve(TABLE).toString());

            long rowsRead = results.map(FileResult::rowsRead).fold(0L, Long::sum);
            long rowsPublished = results.map(r -> (long) r.rows().size()).fold(0L, Long::sum);
            List<Rejection> rejections = results.flatMap(r -> r.rejections().iterator()).collect();
            Path quarantine = rejections.isEmpty() ? null : Quarantine.write(quarantineDir, FEED, rejections);
            return new FeedLoadReport(FEED, files.size(), rowsRead, rowsPublished, rejections, quarantine);
        } finally {
            results.unpersist();
        }
    }
}
