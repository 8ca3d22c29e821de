package org.imon.etl.load;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
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
     * Every winning enterprise row with the previous period's year-to-date revenue and output beside
     * it, and whether either fell below it; {@link #published()} and {@link #fallen()} are filters of it.
     */
    record EnterpriseRows(Dataset<Row> checked) {
        private static final Column FELL = col("_fell");

        Dataset<Row> published() {
            return checked.filter(not(FELL));
        }

        Dataset<Row> fallen() {
            return checked.filter(FELL);
        }

        /**
         * The same rows, written once to {@code dir} and read back: publishing and listing the fallen
         * rows each read them, and without this each would run the check's window again (at nation
         * scale some five minutes apiece).
         */
        EnterpriseRows writtenTo(Path dir) {
            checked.write().mode(SaveMode.Overwrite).parquet(dir.toString());
            return new EnterpriseRows(checked.sparkSession().read().schema(checked.schema()).parquet(dir.toString()));
        }
    }

    /**
     * {@code fact_enterprise_period}'s check: a row whose year-to-date revenue or output is below the
     * same enterprise's previous period is set aside. {@code earlier} holds already-published previous
     * periods that this load does not rewrite, so the check also spans loads.
     */
    static EnterpriseRows enterprise(Dataset<Row> winners, Dataset<Row> earlier) {
        Dataset<Row> current = winners.select(col("credit_code"), col("year"), col("period"), col("revenue_ytd"),
                        col("output_ytd"), lit(true).as("_new"))
                .unionByName(earlier.select(col("credit_code"), col("year"), col("period"), col("revenue_ytd"),
                        col("output_ytd"), lit(false).as("_new")));
        WindowSpec sameYear = Window.partitionBy("credit_code", "year").orderBy("period");
        Dataset<Row> before = current
                .withColumn("_revenue_before", lag("revenue_ytd", 1).over(sameYear))
                .withColumn("_output_before", lag("output_ytd", 1).over(sameYear))
                .filter(col("_new"))
                .select(col("credit_code"), col("year"), col("period"), col("_revenue_before"), col("_output_before"));
        Column fell = coalesce(col("revenue_ytd").lt(col("_revenue_before")), lit(false))
                .or(coalesce(col("output_ytd").lt(col("_output_before")), lit(false)));
        return new EnterpriseRows(winners.join(before, new String[] {"credit_code", "year", "period"}, "left")
                .withColumn("_fell", fell));
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
