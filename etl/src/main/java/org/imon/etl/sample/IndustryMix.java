package org.imon.etl.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.imon.warehouse.reference.CsvRecords;
import org.imon.warehouse.reference.IndustryClassification;

/**
 * The sample city's industrial structure, from the profile's {@code sample_industry_mix.csv}: for
 * each group of industry codes, its 2015 revenue, its number of enterprises, its lasting trend against
 * the city (coal mining shrinking under 去产能, electronics rising), its electricity use per 万元 of
 * revenue, and the cluster list (if any) the city puts its enterprises on. A class belongs to
 * the row with the longest matching code prefix, so "3435" takes elevators out of "34".
 */
final class IndustryMix {

    /** One row of the mix and the real GB/T 4754 classes it covers. */
    record Row(int index, List<String> prefixes, double revenue2015Yi, int enterprises2015, double trendPct,
            double electricityPerWan, String explicitCluster, List<String> classes) {
    }

    private final List<Row> rows;

    private IndustryMix(List<Row> rows) {
        this.rows = rows;
    }

    static IndustryMix load(String profileId, IndustryClassification industries) {
        List<Map<String, String>> records = CsvRecords.read("profiles/" + profileId + "/sample_industry_mix.csv");
        List<List<String>> prefixes = records.stream()
                .map(r -> Arrays.asList(r.get("industry_prefixes").split(";"))).toList();
        List<List<String>> classes = new ArrayList<>();
        records.forEach(r -> classes.add(new ArrayList<>()));
        for (IndustryClassification.Industry industry : industries.industrialClasses()) {
            int best = -1;
            int bestLength = 0;
            for (int i = 0; i < prefixes.size(); i++) {
                for (String prefix : prefixes.get(i)) {
                    if (industry.code().startsWith(prefix) && prefix.length() > bestLength) {
                        best = i;
                        bestLength = prefix.length();
                    }
                }
            }
            if (best >= 0) {
                classes.get(best).add(industry.code());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> r = records.get(i);
            if (classes.get(i).isEmpty()) {
                throw new IllegalStateException("sample_industry_mix.csv: no GB/T 4754 class under " + prefixes.get(i));
            }
            classes.get(i).sort(Comparator.naturalOrder());
            rows.add(new Row(i, prefixes.get(i), Double.parseDouble(r.get("revenue_2015_yi")),
                    Integer.parseInt(r.get("enterprises_2015")), Double.parseDouble(r.get("trend_pct")),
                    Double.parseDouble(r.get("electricity_per_wan")),
                    r.get("explicit_cluster"), List.copyOf(classes.get(i))));
        }
        return new IndustryMix(List.copyOf(rows));
    }

    List<Row> rows() {
        return rows;
    }

    int enterprises2015() {
        return rows.stream().mapToInt(Row::enterprises2015).sum();
    }

    Row row(int index) {
        return rows.get(index);
    }
}
