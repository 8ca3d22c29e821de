package org.imon.warehouse.profile;

import java.util.List;

/**
 * An industry cluster (产业集群) the city tracks, against a revenue target tier where its plan sets one.
 * An enterprise belongs to it when its industry code starts with one of the rules, or when the city
 * lists it explicitly (the key-lists feed). Clusters overlap, so their totals are never added up.
 *
 * @param targetTierYi the revenue tier of the plan, 亿元 (Xuchang's 1500, 500, 300 or 100; Suizhou's
 *                     千亿 1000), or null when the plan names the cluster without a figure
 * @param targetYear   the year the plan sets the tier for, or null with no tier
 */
public record Cluster(String code, String name, Integer targetTierYi, Integer targetYear, List<String> industryRules) {

    public boolean coversIndustry(String industryCode) {
        return industryRules.stream().anyMatch(industryCode::startsWith);
    }
}
