package org.imon.etl.load;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import org.imon.etl.feed.FeedSpec;
import org.imon.etl.landing.LandingFile;
import org.imon.etl.load.FeedReader.FileResult;
import org.imon.etl.spark.SparkSchemas;
import org.imon.etl.validate.RejectReason;
import org.imon.etl.validate.Rejection;
import org.imon.warehouse.schema.TableSchema;

/**
 * 规上工业企业月报 → {@code fact_enterprise_period}, partitioned by year and period. Each landing file
 * is read and checked in its own Spark task. Then, per enterprise and period, the highest correction
 * (更正) wins; a second row for the same enterprise in the same version of a period is a duplicate;
 * a year-to-date revenue or output below the enterprise's previous period is set aside. The periods
 * present in the landing files are rewritten; other periods are left as they were.
 */
public final class EnterpriseMonthlyLoad {
    public static final String FEED = "enterprise_monthly";
    public static final String TABLE = "fact_enterprise_period";
    private static final String VERSION = "_version";

    private EnterpriseMonthlyLoad() {
    }

    public static FeedLoadReport run(SparkSession spark, Path landingRoot, Path publishedRoot, Path quarantineDir,
            String profileId) throws IOException {
        FeedSpec feed = FeedSpec.load(FEED);
        List<LandingFile> files = LandingFile.list(landingRoot, feed);
        if (files.isEmpty()) {
            throw new IllegalStateException("没有找到企业月报文件: " + landingRoot.resolve(FEED));
        }
        TableSchema table = TableSchema.load(TABLE);
        FeedReader reader = new FeedReader(feed, profileId);
        StructType checkedSchema = SparkSchemas.of(table).add(VERSION, DataTypes.IntegerType, false);
        List<String> columns = table.columnNames();

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<FileResult> results = jsc.parallelize(files, files.size()).map(reader::read)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            JavaRDD<Row> checked = results.flatMap(r -> r.rows().stream().map(row -> {
                Object[] values = new Object[columns.size() + 1];
                for (int i = 0; i < columns.size(); i++) {
                    values[i] = row.values().get(columns.get(i));
                }
                values[columns.indexOf("year")] = row.year();
                values[columns.indexOf("period")] = row.period();
                values[columns.indexOf("source_file")] = row.file();
                values[columns.indexOf("source_row")] = (int) row.line();
                values[columns.size()] = row.version();
                return RowFactory.create(values);
            }).iterator());
            Dataset<Row> rows = spark.createDataFrame(checked, checkedSchema).persist(StorageLevel.MEMORY_AND_DISK());

            WindowSpec sameKey = Window.partitionBy("year", "period", "credit_code");
            Dataset<Row> ranked = rows
                    .withColumn("_rank", row_number().over(sameKey.orderBy(col(VERSION).desc(), col("source_file"),
                            col("source_row"))))
                    .withColumn("_top_version", max(VERSION).over(sameKey));
            Dataset<Row> duplicates = ranked.filter(col("_rank").gt(1).and(col(VERSION).equalTo(col("_top_version"))));
            WindowSpec sameYear = Window.partitionBy("credit_code", "year").orderBy("period");
            Dataset<Row> winners = ranked.filter(col("_rank").equalTo(1))
                    .withColumn("_revenue_before", lag("revenue_ytd", 1).over(sameYear))
                    .withColumn("_output_before", lag("output_ytd", 1).over(sameYear));
            Column decreased = col("revenue_ytd").lt(col("_revenue_before"))
                    .or(col("output_ytd").lt(col("_output_before")));
            Dataset<Row> fallen = winners.filter(decreased);
            Dataset<Row> published = winners.filter(decreased.isNull().or(decreased.equalTo(false)))
                    .select(columns.stream().map(c -> col(c)).toArray(Column[]::new));

            published.repartition(col("year"), col("period"))
                    .sortWithinPartitions("credit_code")
                    .write()
                    .mode(SaveMode.Overwrite)
                    .partitionBy(table.partitionColumns().toArray(String[]::new))
                    .parquet(publishedRoot.resolve(TABLE).toString());

            List<Rejection> rejections = new ArrayList<>(results.flatMap(r -> r.rejections().iterator()).collect());
            for (Row d : duplicates.collectAsList()) {
                rejections.add(new Rejection(d.getAs("source_file"), (int) d.getAs("source_row"), "统一社会信用代码",
                        d.getAs("credit_code"), RejectReason.DUPLICATE_ROW, ""));
            }
            for (Row f : fallen.collectAsList()) {
                rejections.add(new Rejection(f.getAs("source_file"), (int) f.getAs("source_row"), "营业收入本年累计",
                        f.getAs("revenue_ytd").toString(), RejectReason.YTD_DECREASED,
                        "上一期营业收入 " + f.getAs("_revenue_before") + "，工业总产值 " + f.getAs("_output_before")));
            }
            long rowsRead = results.map(FileResult::rowsRead).fold(0L, Long::sum);
            long superseded = ranked.filter(col(VERSION).lt(col("_top_version"))).count();
            long rowsPublished = published.count();
            rows.unpersist();
            Path quarantine = rejections.isEmpty() ? null : Quarantine.write(quarantineDir, FEED, rejections);
            return new FeedLoadReport(FEED, files.size(), rowsRead, rowsPublished, superseded, rejections, quarantine);
        } finally {
            results.unpersist();
        }
    }
}
