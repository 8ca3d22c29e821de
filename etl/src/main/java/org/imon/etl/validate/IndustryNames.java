package org.imon.etl.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.imon.warehouse.reference.IndustryClassification;
import org.imon.warehouse.reference.IndustryClassification.Industry;

/**
 * 行业 as a benchmark file names it (the portal writes names, not codes): a GB/T 4754-2017 industrial
 * section (B, C, D) or division (06–46), or a name of an earlier edition listed in
 * {@code feeds/industry_name_synonyms.tsv}. A blank name, or 总计 and its synonyms, is the whole of
 * industry. Names are compared without spaces and with full-width brackets made half-width.
 */
public final class IndustryNames {
    private static final String SYNONYMS = "feeds/industry_name_synonyms.tsv";
    private static final String WHOLE = "TOTAL";
    private static final Set<String> INDUSTRIAL_SECTIONS = Set.of("B", "C", "D");

    private final Map<String, String> codeByName;

    private IndustryNames(Map<String, String> codeByName) {
        this.codeByName = codeByName;
    }

    public static IndustryNames load(IndustryClassification classification) {
        Map<String, String> codes = new HashMap<>();
        for (Industry i : classification.all()) {
            if (i.level() <= 2 && INDUSTRIAL_SECTIONS.contains(i.section())) {
                codes.put(normalize(i.name()), i.code());
            }
        }
        synonyms().forEach((name, code) -> codes.put(normalize(name), code));
        return new IndustryNames(Map.copyOf(codes));
    }

    /** Whether the name is blank, the whole of industry, or resolves to a section or division. */
    public boolean known(String written) {
        return written == null || written.isBlank() || codeByName.containsKey(normalize(written));
    }

    /** The section letter or two-digit division code; null for the whole of industry or an unknown name. */
    public String code(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String code = codeByName.get(normalize(written));
        return WHOLE.equals(code) ? null : code;
    }

    static String normalize(String name) {
        return name.replaceAll("\\s", "").replace('（', '(').replace('）', ')');
    }

    private static Map<String, String> synonyms() {
        Map<String, String> synonyms = new HashMap<>();
        try (InputStream in = IndustryNames.class.getClassLoader().getResourceAsStream(SYNONYMS);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).skip(1).forEach(l -> {
                String[] f = l.split("\t");
                synonyms.put(f[0], f[1]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return synonyms;
    }
}
