package org.imon.etl.load;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

import org.imon.etl.feed.FeedColumn;
import org.imon.etl.feed.FeedSpec;

/** The fact tables, from each feed's winning rows. Column names already match the tables'. */
final class Facts {
    private Facts() {
    }

    /**
     * {@code fact_enterprise_period}'s rows after its check, and the rows the check set aside: each with
     * its key, {@code revenue_ytd}, {@code output_ytd}, {@code source_file}, {@code source_row}, and
     * the previous period's figures beside them as {@code _revenue_before} and {@code _output_before}.
     */
    record EnterpriseRows(Dataset<Row> published, List<Row> fallen) {
    }

    private static final String[] KEY = {"credit_code", "year", "period"};
    /** What the check reads of a row: the wide rows themselves are never shuffled, sorted or joined. */
    private static final List<String> CHECKED = List.of("credit_code", "year", "period", "revenue_ytd", "output_ytd",
            "source_file", "source_row");

    /**
     * {@code fact_enterprise_period}'s check: a row whose year-to-date revenue or output is below the
     * same enterprise's previous period is set aside. {@code earlier} holds already-published previous
     * periods that this load does not rewrite, so the check also spans loads. The fallen rows are
     * collected (the load lists each in the quarantine anyway); the published rows are the winners
     * without them, so where none fell the winners are published as they are.
     */
    static EnterpriseRows enterprise(Dataset<Row> winners, Dataset<Row> earlier) {
        Column[] checked = CHECKED.stream().map(c -> col(c)).toArray(Column[]::new);
        Dataset<Row> current = winners.select(checked).withColumn("_new", lit(true))
                .unionByName(earlier.select(checked).withColumn("_new", lit(false)));
        WindowSpec sameYear = Window.partitionBy("credit_code", "year").orderBy("period");
        Column fell = coalesce(col("revenue_ytd").lt(col("_revenue_before")), lit(false))
                .or(coalesce(col("output_ytd").lt(col("_output_before")), lit(false)));
        Dataset<Row> fallen = current
                .withColumn("_revenue_before", lag("revenue_ytd", 1).over(sameYear))
                .withColumn("_output_before", lag("output_ytd", 1).over(sameYear))
                .filter(col("_new").and(fell))
                .drop("_new");
        List<Row> rows = fallen.collectAsList();
        if (rows.isEmpty()) {
            return new EnterpriseRows(winners, rows);
        }
        Dataset<Row> keys = winners.sparkSession().createDataFrame(rows, fallen.schema()).selectExpr(KEY);
        return new EnterpriseRows(winners.join(broadcast(keys), KEY, "left_anti"), rows);
    }

    /** {@code fact_region_period}: value-added growth, electricity and VAT side by side per region and period. */
    static Dataset<Row> region(Dataset<Row> valueAdded, Dataset<Row> electricity, Dataset<Row> vat) {
        Dataset<Row> va = valueAdded.select(col("year"), col("period"), col("region_code"), col("va_growth_pct"),
                col("source_file").as("_va_file"));
        Dataset<Row> power = electricity.select(col("year"), col("period"), col("region_code"),
                col("electricity_month"), col("electricity_ytd"), col("electricity_ly"), col("source_file").as("_power_file"));
        Dataset<Row> tax = vat.select(col("year"), col("period"), col("region_code"), col("vat_month"), col("vat_ytd"),
                col("vat_ly"), col("source_file").as("_vat_file"));
        String[] key = {"year", "period", "region_code"};
        return va.join(power, key, "full_outer").join(tax, key, "full_outer")
                .withColumn("source_files", concat_ws(";", col("_va_file"), col("_power_file"), col("_vat_file")));
    }

    /**
     * {@code fact_benchmark}: the period each row is about, as a year and the last month (12 for a year),
     * and the GB/T 4754 code of its 行业 name (checked when the row was read).
     */
    static Dataset<Row> benchmark(Dataset<Row> winners) {
        UserDefinedFunction industryCode = udf(
                (UDF1<String, String>) name -> FeedReader.ReferenceData.industryNames().code(name), DataTypes.StringType);
        return winners
                .withColumn("industry_code", industryCode.apply(col("industry")))
                .withColumn("data_year", substring(col("period_label"), 1, 4).cast("int"))
                .withColumn("data_period", when(length(col("period_label")).equalTo(4), lit(12))
                        .otherwise(substring(col("period_label"), 6, 2).cast("int")));
    }

    /** {@code fact_restatement}: the rows a correction replaced, with their values kept as JSON. */
    static Dataset<Row> restatements(Dataset<Row> superseded, FeedSpec feed) {
        Column values = to_json(struct(feed.columns().stream().map(FeedColumn::name).map(c -> col(c))
                .toArray(Column[]::new)));
        return superseded.select(lit(feed.name()).as("feed"), col("year"), col("period"), col("record_key"),
                col("source_file"), col("source_row"), col("version"), col("_winner_file").as("replaced_by_file"),
                col("_winner_row").as("replaced_by_row"), values.as("row_values"));
    }
}
