package org.imon.warehouse.reference;

import java.util.List;
import java.util.Optional;

/**
 * 战略性新兴产业分类（2018）(NBS order no. 23): its nine categories, from
 * {@code reference/sei_categories.csv}, and the GB/T 4754-2017 classes mapped to them, from
 * {@code reference/sei_class_map.csv}. A class mapped {@code whole} counts every enterprise in it; a
 * {@code partial} class only the enterprises the city's register (战略性新兴产业企业库) lists.
 */
public final class StrategicEmergingIndustries {

    /** One of the nine categories (一级分类), 1 新一代信息技术产业 … 9 相关服务业. */
    public record Category(int code, String name) {
    }

    /** A GB/T 4754-2017 class (小类) mapped to a category, wholly or in part. */
    public record MappedClass(String industryCode, int categoryCode, boolean whole, String source) {
    }

    private static final String CATEGORIES = "reference/sei_categories.csv";
    private static final String CLASS_MAP = "reference/sei_class_map.csv";

    private final List<Category> categories;
    private final List<MappedClass> classes;

    private StrategicEmergingIndustries(List<Category> categories, List<MappedClass> classes) {
        this.categories = categories;
        this.classes = classes;
    }

    public static StrategicEmergingIndustries load() {
        List<Category> categories = CsvRecords.read(CATEGORIES).stream()
                .map(r -> new Category(Integer.parseInt(r.get("category_code")), r.get("category_name")))
                .toList();
        List<MappedClass> classes = CsvRecords.readRows(CLASS_MAP).stream().map(row -> {
            String coverage = row.fields().get("coverage");
            if (!coverage.equals("whole") && !coverage.equals("partial")) {
                throw new IllegalStateException(CLASS_MAP + " line " + row.line() + ": coverage is whole or partial, not "
                        + coverage);
            }
            return new MappedClass(row.fields().get("industry_code"),
                    Integer.parseInt(row.fields().get("category_code")), coverage.equals("whole"),
                    row.fields().get("source"));
        }).toList();
        return new StrategicEmergingIndustries(categories, classes);
    }

    public List<Category> categories() {
        return categories;
    }

    public List<MappedClass> classes() {
        return classes;
    }

    /** A category as a register writes it: its number (1–9) or its name, with or without 产业. */
    public Optional<Category> category(String written) {
        String text = written.strip();
        return categories.stream()
                .filter(c -> text.equals(Integer.toString(c.code())) || text.equals(c.name())
                        || text.equals(c.name().replaceFirst("产业$", "")))
                .findFirst();
    }
}
