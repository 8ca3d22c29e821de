package org.imon.etl.load;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import org.imon.etl.spark.SparkSchemas;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.PeerGroup;
import org.imon.warehouse.reference.IndustryClassification;
import org.imon.warehouse.reference.StrategicEmergingIndustries;
import org.imon.warehouse.schema.TableSchema;

/**
 * The dimensions: from the city profile and the reference tables, and, for enterprises, projects and
 * cluster membership, from the facts as they stand in the new snapshot. A load rebuilds a dimension
 * only when its inputs changed, and where it can, only from what changed.
 */
final class Dimensions {
    private Dimensions() {
    }

    /**
     * A dimension drawn from the city profile and the reference tables alone: its rows are known
     * before any Spark job, so a load can tell by their fingerprint whether it needs writing at all.
     */
    record Fixed(TableSchema table, List<Row> rows) {
        Dataset<Row> dataset(SparkSession spark) {
            return spark.createDataFrame(rows, SparkSchemas.of(table));
        }

        /** SHA-256 of the rows as text: equal fingerprints, equal tables. */
        String fingerprint() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                rows.forEach(r -> sha.update((r.toString() + "\n").getBytes(StandardCharsets.UTF_8)));
                return HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** dim_region, dim_industry, dim_period, dim_cluster, dim_peer_group_member, dim_sei_category and dim_sei_class. */
    static List<Fixed> fixed(CityProfile profile) {
        StrategicEmergingIndustries emerging = StrategicEmergingIndustries.load();
        return List.of(region(profile), industry(profile), period(), cluster(profile), peerGroupMember(profile),
                emergingCategory(emerging), emergingClass(emerging));
    }

    /** 战略性新兴产业类别: the nine categories. */
    static Fixed emergingCategory(StrategicEmergingIndustries emerging) {
        List<Row> rows = emerging.categories().stream().map(c -> RowFactory.create(c.code(), c.name())).toList();
        return new Fixed(TableSchema.load("dim_sei_category"), rows);
    }

    /** The GB/T 4754-2017 classes mapped to a category, wholly or in part. */
    static Fixed emergingClass(StrategicEmergingIndustries emerging) {
        List<Row> rows = emerging.classes().stream().map(c -> RowFactory.create(c.industryCode(), c.categoryCode(),
                c.whole() ? "whole" : "partial", c.source())).toList();
        return new Fixed(TableSchema.load("dim_sei_class"), rows);
    }

    /** 对标城市组: one row per group and member city, the groups in the profile's order. */
    static Fixed peerGroupMember(CityProfile profile) {
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g < profile.peerGroups().size(); g++) {
            PeerGroup group = profile.peerGroups().get(g);
            for (String member : group.members()) {
                rows.add(RowFactory.create(group.code(), group.name(), g + 1, member));
            }
        }
        return new Fixed(TableSchema.load("dim_peer_group_member"), rows);
    }

    static Fixed region(CityProfile profile) {
        List<Row> rows = profile.regions().stream()
                .map(r -> RowFactory.create(r.code(), r.name(), r.shortName(), r.kind(), r.validFromYear(),
                        r.validToYear(), profile.currentCode(r), r.sortOrder()))
                .toList();
        return new Fixed(TableSchema.load("dim_region"), rows);
    }

    static Fixed industry(CityProfile profile) {
        List<Row> rows = new ArrayList<>();
        for (IndustryClassification.Industry i : IndustryClassification.load().all()) {
            rows.add(RowFactory.create(i.code(), i.section(), i.division(), i.level(), LEVEL_NAMES[i.level() - 1],
                    i.parentCode(), i.name(), List.of("B", "C", "D").contains(i.section()),
                    profile.watchedIndustries().contains(i.code())));
        }
        return new Fixed(TableSchema.load("dim_industry"), rows);
    }

    private static final String[] LEVEL_NAMES = {"门类", "大类", "中类", "小类"};

    static Fixed period() {
        List<Row> rows = new ArrayList<>();
        for (int p = 1; p <= 12; p++) {
            BigDecimal progress = BigDecimal.valueOf(p * 100L).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
            rows.add(RowFactory.create(p, p == 1 ? "1月" : "1-" + p + "月", p, progress, (p - 1) / 3 + 1, p <= 6));
        }
        return new Fixed(TableSchema.load("dim_period"), rows);
    }

    static Fixed cluster(CityProfile profile) {
        List<Row> rows = profile.clusters().stream()
                .map(c -> RowFactory.create(c.code(), c.name(), c.targetTierYi(), String.join(";", c.industryRules())))
                .toList();
        return new Fixed(TableSchema.load("dim_cluster"), rows);
    }

    /** Each year's cluster members: by an industry rule, by the city's list, or both. */
    static Dataset<Row> enterpriseCluster(Dataset<Row> enterprises, Dataset<Row> keyLists, Dataset<Row> clusters) {
        Dataset<Row> rules = clusters.filter(col("industry_rules").notEqual(""))
                .select(col("cluster_code"), explode(split(col("industry_rules"), ";")).as("rule"));
        Dataset<Row> byRule = enterprises.select("year", "credit_code", "industry_code").distinct()
                .join(rules, col("industry_code").startsWith(col("rule")))
                .select(col("year"), col("cluster_code"), col("credit_code"), lit("rule").as("how"));
        Dataset<Row> byList = keyLists.filter(col("list_code").startsWith("cluster_"))
                .select(col("year"), split(col("list_code"), "cluster_", 2).getItem(1).as("cluster_code"),
                        col("credit_code"), lit("list").as("how"));
        return byRule.unionByName(byList)
                .groupBy("year", "cluster_code", "credit_code")
                .agg(concat_ws("+", sort_array(collect_set("how"), false)).as("membership"));
    }

    /**
     * 缓慢变化维: one version per run of periods with the same name, region and industry. A change of
     * any of them opens a new version; the latest version is current.
     */
    static Dataset<Row> enterprise(Dataset<Row> enterprises) {
        return versions(reported(enterprises));
    }

    /**
     * The same dimension after a load that only adds periods later than any it covers: earlier
     * versions stand as they are, and each enterprise's current version is either extended by the new
     * periods or followed by new versions, exactly as a rebuild from every period would have it. Costs
     * what the enterprises and the new periods cost, not the whole history.
     */
    static Dataset<Row> enterpriseExtended(Dataset<Row> current, Dataset<Row> laterPeriods) {
        Dataset<Row> closed = current.filter(not(col("is_current")));
        Dataset<Row> open = current.filter(col("is_current")).select(col("credit_code"), col("enterprise_name"),
                col("region_code"), col("industry_code"),
                col("valid_from_year").multiply(100).plus(col("valid_from_period")).as("_from"),
                col("valid_to_year").multiply(100).plus(col("valid_to_period")).as("_to"));
        return closed.unionByName(versions(open.unionByName(reported(laterPeriods))));
    }

    /** Each reported period as a run of its own: from and to the period ({@code year * 100 + period}). */
    private static Dataset<Row> reported(Dataset<Row> enterprises) {
        Column key = col("year").multiply(100).plus(col("period"));
        return enterprises.select(col("credit_code"), col("enterprise_name"), col("region_code"), col("industry_code"),
                key.as("_from"), key.as("_to"));
    }

    /** Runs of periods, in order, merged into versions wherever name, region and industry stay the same. */
    private static Dataset<Row> versions(Dataset<Row> runs) {
        WindowSpec inOrder = Window.partitionBy("credit_code").orderBy("_to");
        Dataset<Row> marked = runs
                .withColumn("_changed", when(lag("enterprise_name", 1).over(inOrder).isNull()
                        .or(lag("enterprise_name", 1).over(inOrder).notEqual(col("enterprise_name")))
                        .or(lag("region_code", 1).over(inOrder).notEqual(col("region_code")))
                        .or(lag("industry_code", 1).over(inOrder).notEqual(col("industry_code"))), 1).otherwise(0))
                .withColumn("_version", sum("_changed").over(inOrder));
        Dataset<Row> versions = marked.groupBy("credit_code", "_version", "enterprise_name", "region_code", "industry_code")
                .agg(min("_from").as("_from"), max("_to").as("_to"));
        WindowSpec latestFirst = Window.partitionBy("credit_code").orderBy(col("_version").desc());
        return versions.withColumn("_rank", row_number().over(latestFirst))
                .select(col("credit_code"), col("enterprise_name"), col("region_code"), col("industry_code"),
                        col("_from").divide(100).cast("int").as("valid_from_year"), col("_from").mod(100).as("valid_from_period"),
                        col("_to").divide(100).cast("int").as("valid_to_year"), col("_to").mod(100).as("valid_to_period"),
                        col("_rank").equalTo(1).as("is_current"));
    }

    /** Each project as last reported, with the years it was on the ledger. */
    static Dataset<Row> project(Dataset<Row> projects) {
        WindowSpec latestFirst = Window.partitionBy("project_id").orderBy(col("year").desc(), col("period").desc());
        Dataset<Row> years = projects.groupBy("project_id").agg(min("year").as("first_year"), max("year").as("last_year"));
        return projects.withColumn("_rank", row_number().over(latestFirst)).filter(col("_rank").equalTo(1))
                .join(years, "project_id");
    }
}
