package org.imon.etl.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Given a few enterprise rows, expect exactly these versions of {@code dim_enterprise}; and the
 * dimension extended by a later period equals the one rebuilt from every period.
 *
 * <p>The rows: 甲 reports 1-2月 and 1-3月 of 2024 as 甲机械, then 1-4月 as 甲重工 (renamed): two
 * versions, 2024/2–2024/3 and 2024/4–2024/4, the second current. 乙 reports all three periods
 * unchanged: one version, 2024/2–2024/4. 丙 first reports 1-4月: one version, 2024/4–2024/4.
 */
class DimensionsTest {
    private static final StructType FACTS = new StructType()
            .add("credit_code", DataTypes.StringType).add("enterprise_name", DataTypes.StringType)
            .add("region_code", DataTypes.StringType).add("industry_code", DataTypes.StringType)
            .add("year", DataTypes.IntegerType).add("period", DataTypes.IntegerType);
    private static final List<Row> UP_TO_MARCH = List.of(
            RowFactory.create("甲", "甲机械", "411002", "3411", 2024, 2),
            RowFactory.create("甲", "甲机械", "411002", "3411", 2024, 3),
            RowFactory.create("乙", "乙电气", "411081", "3821", 2024, 2),
            RowFactory.create("乙", "乙电气", "411081", "3821", 2024, 3));
    private static final List<Row> APRIL = List.of(
            RowFactory.create("甲", "甲重工", "411002", "3411", 2024, 4),
            RowFactory.create("乙", "乙电气", "411081", "3821", 2024, 4),
            RowFactory.create("丙", "丙食品", "411024", "1391", 2024, 4));
    private static final List<String> EXPECTED = List.of(
            "[丙,丙食品,411024,1391,2024,4,2024,4,true]",
            "[乙,乙电气,411081,3821,2024,2,2024,4,true]",
            "[甲,甲机械,411002,3411,2024,2,2024,3,false]",
            "[甲,甲重工,411002,3411,2024,4,2024,4,true]");

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTests.session();
    }

    @Test
    void aRenameOpensANewVersionAndTheLatestIsCurrent() {
        assertEquals(EXPECTED, sorted(Dimensions.enterprise(facts(UP_TO_MARCH).unionByName(facts(APRIL)))));
    }

    @Test
    void extendingByALaterPeriodGivesWhatARebuildGives() {
        Dataset<Row> current = Dimensions.enterprise(facts(UP_TO_MARCH));
        assertEquals(List.of(
                "[乙,乙电气,411081,3821,2024,2,2024,3,true]",
                "[甲,甲机械,411002,3411,2024,2,2024,3,true]"), sorted(current));
        assertEquals(EXPECTED, sorted(Dimensions.enterpriseExtended(current, facts(APRIL))));
    }

    @Test
    void fixedDimensionsHaveFingerprintsThatChangeWithTheirRows() {
        Dimensions.Fixed period = Dimensions.period();
        assertEquals(12, period.rows().size());
        assertEquals("[6,1-6月,6,50.00,2,true]", period.rows().get(5).toString());
        assertEquals(period.fingerprint(), Dimensions.period().fingerprint());
        Dimensions.Fixed fewer = new Dimensions.Fixed(period.table(), period.rows().subList(0, 11));
        assertEquals(false, fewer.fingerprint().equals(period.fingerprint()));
    }

    private static Dataset<Row> facts(List<Row> rows) {
        return spark.createDataFrame(rows, FACTS);
    }

    private static List<String> sorted(Dataset<Row> rows) {
        return rows.select("credit_code", "enterprise_name", "region_code", "industry_code", "valid_from_year",
                "valid_from_period", "valid_to_year", "valid_to_period", "is_current").collectAsList().stream()
                .map(Row::toString).sorted().toList();
    }
}
