package org.imon.warehouse.profile;

import java.util.List;

/**
 * An industry cluster (产业集群) the city tracks against a revenue target tier. An enterprise belongs
 * to it when its industry code starts with one of the rules, or when the city lists it explicitly
 * (the key-lists feed). Clusters overlap, so their totals are never added up.
 *
 * @param targetTierYi the revenue tier of the plan, 亿元 (1500, 500, 300 or 100)
 */
public record Cluster(String code, String name, int targetTierYi, List<String> industryRules) {

    public boolean coversIndustry(String industryCode) {
        return industryRules.stream().anyMatch(industryCode::startsWith);
    }
}
