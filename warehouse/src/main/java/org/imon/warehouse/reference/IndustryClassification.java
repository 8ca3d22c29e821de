package org.imon.warehouse.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GB/T 4754-2017 国民经济行业分类, from {@code reference/gbt4754_2017_industry_classification.csv}.
 * "Industry" in these statistics is sections B, C and D (mining, manufacturing, utilities).
 */
public final class IndustryClassification {

    /** One entry of the classification: a section (门类), division (大类), group (中类) or class (小类). */
    public record Industry(String code, String section, int level, String parentCode, String name) {
        public boolean isClass() {
            return level == 4;
        }

        /** The two-digit division (大类) of a group or class, the code itself for a division. */
        public String division() {
            return level >= 2 ? code.substring(0, 2) : null;
        }
    }

    private static final String PATH = "reference/gbt4754_2017_industry_classification.csv";
    private static final List<String> INDUSTRIAL_SECTIONS = List.of("B", "C", "D");

    private final Map<String, Industry> byCode;

    private IndustryClassification(Map<String, Industry> byCode) {
        this.byCode = byCode;
    }

    public static IndustryClassification load() {
        Map<String, Industry> byCode = new LinkedHashMap<>();
        for (Map<String, String> r : CsvRecords.read(PATH)) {
            Industry industry = new Industry(r.get("code"), r.get("section"), Integer.parseInt(r.get("level")),
                    r.get("parent_code"), r.get("name"));
            byCode.put(industry.code(), industry);
        }
        return new IndustryClassification(Collections.unmodifiableMap(byCode));
    }

    public Optional<Industry> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** A 4-digit class (小类) in mining, manufacturing or utilities: what an enterprise reports. */
    public boolean isIndustrialClass(String code) {
        Industry industry = byCode.get(code);
        return industry != null && industry.isClass() && INDUSTRIAL_SECTIONS.contains(industry.section());
    }

    /**
     * An industrial section (B, C or D) or one of their 2-digit divisions (大类): the grain at which the
     * statistics bureau publishes surveys such as 产能利用率.
     */
    public boolean isIndustrialSectionOrDivision(String code) {
        Industry industry = byCode.get(code);
        return industry != null && industry.level() <= 2 && INDUSTRIAL_SECTIONS.contains(industry.section());
    }

    /** Every entry at every level, in the standard's order. */
    public List<Industry> all() {
        return List.copyOf(byCode.values());
    }

    public List<Industry> industrialClasses() {
        return byCode.values().stream().filter(i -> isIndustrialClass(i.code())).toList();
    }
}
