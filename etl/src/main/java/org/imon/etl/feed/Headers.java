package org.imon.etl.feed;

import java.util.regex.Pattern;

/** Makes hand-typed Chinese headers comparable: no spaces, half-width brackets, no unit suffix. */
final class Headers {
    private static final Pattern UNIT = Pattern.compile("\\((万元|亿元|万千瓦时|千瓦时|万吨标准煤|元|%|个|家)\\)$");

    private Headers() {
    }

    static String normalize(String header) {
        String h = header.replace("\uFEFF", "")
                .replace('（', '(').replace('）', ')')
                .replace('－', '-').replace('—', '-')
                .replaceAll("\\s+", "");
        return UNIT.matcher(h).replaceAll("");
    }
}
