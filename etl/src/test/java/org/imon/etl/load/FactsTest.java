package org.imon.etl.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.imon.etl.SparkTests;

/**
 * Given enterprise rows of 2024 1-3月 and what is already published for 1-2月, expect the rows whose
 * year-to-date figures fell to be set aside, and the rest published.
 *
 * <pre>
 * enterprise  1-2月 revenue / output  1-3月 revenue / output  outcome
 * 甲          120 / 40                100 / 50                fell: revenue 100 &lt; 120
 * 乙           70 / 30                 80 / 25                fell: output 25 &lt; 30
 * 丙           50 / 20                 60 / 20                published (output equal is not a fall)
 * 丁           (none)                  10 / 5                 published: nothing to compare with
 * </pre>
 * And the region table puts three feeds side by side: a region in only one of them still has a row.
 */
class FactsTest {
    private static final StructType AMOUNTS = new StructType()
            .add("credit_code", DataTypes.StringType).add("year", DataTypes.IntegerType)
            .add("period", DataTypes.IntegerType).add("revenue_ytd", DataTypes.createDecimalType(18, 4))
            .add("output_ytd", DataTypes.createDecimalType(18, 4)).add("source_file", DataTypes.StringType)
            .add("source_row", DataTypes.IntegerType);

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTests.session();
    }

    @Test
    void aYearToDateFigureBelowThePreviousPeriodIsSetAside() {
        Dataset<Row> march = amounts(row("甲", 3, 100, 50), row("乙", 3, 80, 25), row("丙", 3, 60, 20),
                row("丁", 3, 10, 5));
        Dataset<Row> february = amounts(row("甲", 2, 120, 40), row("乙", 2, 70, 30), row("丙", 2, 50, 20));

        Facts.EnterpriseRows rows = Facts.enterprise(march, february);

        assertEquals(List.of("丁", "丙"), codes(rows.published()));
        assertEquals(List.of("乙 80.0000 70.0000 25.0000 30.0000 3.csv:3", "甲 100.0000 120.0000 50.0000 40.0000 3.csv:2"),
                rows.fallen().stream().map(r -> r.getAs("credit_code") + " " + r.getAs("revenue_ytd")
                        + " " + r.getAs("_revenue_before") + " " + r.getAs("output_ytd") + " "
                        + r.getAs("_output_before") + " " + r.getAs("source_file") + ":" + r.getAs("source_row"))
                        .sorted().toList());
    }

    @Test
    void aPeriodReloadedWithTheOneBeforeItIsCheckedAgainstTheReloadedOne() {
        // 1-2月 and 1-3月 arrive together: 1-3月 is compared with the new 1-2月, not with anything published.
        Dataset<Row> both = amounts(row("甲", 2, 90, 30), row("甲", 3, 100, 50));
        Facts.EnterpriseRows rows = Facts.enterprise(both, amounts());
        assertEquals(2, rows.published().count());
        assertEquals(List.of(), rows.fallen());
    }

    @Test
    void theRegionTableKeepsARegionThatOnlyOneFeedHas() {
        StructType va = new StructType().add("year", DataTypes.IntegerType).add("period", DataTypes.IntegerType)
                .add("region_code", DataTypes.StringType).add("va_growth_pct", DataTypes.createDecimalType(18, 4))
                .add("source_file", DataTypes.StringType);
        StructType power = new StructType().add("year", DataTypes.IntegerType).add("period", DataTypes.IntegerType)
                .add("region_code", DataTypes.StringType).add("electricity_month", DataTypes.createDecimalType(18, 4))
                .add("electricity_ytd", DataTypes.createDecimalType(18, 4))
                .add("electricity_ly", DataTypes.createDecimalType(18, 4)).add("source_file", DataTypes.StringType);
        StructType vat = new StructType().add("year", DataTypes.IntegerType).add("period", DataTypes.IntegerType)
                .add("region_code", DataTypes.StringType).add("vat_month", DataTypes.createDecimalType(18, 4))
                .add("vat_ytd", DataTypes.createDecimalType(18, 4)).add("vat_ly", DataTypes.createDecimalType(18, 4))
                .add("source_file", DataTypes.StringType);
        Dataset<Row> region = Facts.region(
                spark.createDataFrame(List.of(RowFactory.create(2024, 6, "411002", new BigDecimal("7.2"), "va.csv")), va),
                spark.createDataFrame(List.of(RowFactory.create(2024, 6, "411002", null, new BigDecimal("10"), null,
                        "power.csv"), RowFactory.create(2024, 6, "411081", null, new BigDecimal("20"), null,
                        "power.csv")), power),
                spark.createDataFrame(List.<Row>of(), vat));
        assertEquals(List.of("411002 7.2000 10.0000 va.csv;power.csv", "411081 null 20.0000 power.csv"),
                region.collectAsList().stream().map(r -> r.getAs("region_code") + " " + r.getAs("va_growth_pct") + " "
                        + r.getAs("electricity_ytd") + " " + r.getAs("source_files")).sorted().toList());
    }

    /** A row of the file for {@code period}, {@code <period>.csv}, on a line numbered after the enterprise. */
    private static Row row(String code, int period, int revenue, int output) {
        return RowFactory.create(code, 2024, period, new BigDecimal(revenue).setScale(4),
                new BigDecimal(output).setScale(4), period + ".csv", "甲乙丙丁".indexOf(code) + 2);
    }

    private static Dataset<Row> amounts(Row... rows) {
        return spark.createDataFrame(List.of(rows), AMOUNTS);
    }

    private static List<String> codes(Dataset<Row> rows) {
        return rows.collectAsList().stream().map(r -> r.<String>getAs("credit_code")).sorted().toList();
    }
}
