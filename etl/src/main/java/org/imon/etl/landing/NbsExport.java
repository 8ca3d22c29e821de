package org.imon.etl.landing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national statistics data portal's export (国家数据): a few header lines ({@code 数据库：…},
 * {@code 指标：…}, {@code 时间：…}, sometimes {@code 地区：…}), then a matrix of areas × times or
 * indicators × times, then footnotes ({@code 注：…}, {@code 数据来源：…}). It is turned into the
 * benchmark feed's long format, one row per cell, each keeping the line number of its matrix row.
 * A growth indicator (its name ending in 增速 or 增长, such as 规模以上工业增加值增速(%)) is a published
 * growth rate, not a level: its figures go to 公布增速.
 */
public final class NbsExport {
    private static final Pattern NAME_AND_UNIT = Pattern.compile("(.+?)[(（]([^()（）]+)[)）]$");
    private static final String[] HEADER = {"期别", "地区", "指标", "单位", "本期累计", "上年同期可比", "公布增速"};
    private static final Pattern GROWTH = Pattern.compile(".*(增速|增长)");

    private NbsExport() {
    }

    /** The long-format lines of an export, or the lines unchanged when they are not one. */
    public static List<LandingTable.Line> reshapeIfExport(List<LandingTable.Line> lines) {
        if (lines.isEmpty() || !first(lines.get(0)).matches("数据库[：:].*")) {
            return lines;
        }
        Map<String, String> about = new HashMap<>();
        int at = 0;
        while (at < lines.size() && first(lines.get(at)).matches("[^,，]{2,4}[：:].*")) {
            String[] kv = first(lines.get(at)).split("[：:]", 2);
            about.put(kv[0].trim(), kv[1].trim());
            at++;
        }
        if (at >= lines.size()) {
            return lines;
        }
        String[] header = lines.get(at).cells();
        boolean rowsAreAreas = first(lines.get(at)).startsWith("地区");
        List<LandingTable.Line> reshaped = new ArrayList<>();
        reshaped.add(new LandingTable.Line(lines.get(at).number(), HEADER));
        for (LandingTable.Line line : lines.subList(at + 1, lines.size())) {
            String label = first(line);
            if (label.isEmpty() || label.startsWith("注") || label.startsWith("数据来源")) {
                break;
            }
            String[] indicator = nameAndUnit(rowsAreAreas ? about.getOrDefault("指标", "") : label);
            String area = rowsAreAreas ? label : about.getOrDefault("地区", "");
            boolean growth = GROWTH.matcher(indicator[0]).matches();
            for (int c = 1; c < header.length && c < line.cells().length; c++) {
                String value = line.cells()[c] == null ? "" : line.cells()[c].strip();
                if (!value.isEmpty()) {
                    reshaped.add(new LandingTable.Line(line.number(), new String[] {header[c].strip(), area,
                            indicator[0], indicator[1], growth ? "" : value, "", growth ? value : ""}));
                }
            }
        }
        return reshaped;
    }

    private static String[] nameAndUnit(String indicator) {
        Matcher m = NAME_AND_UNIT.matcher(indicator.strip());
        return m.matches() ? new String[] {m.group(1).strip(), m.group(2).strip()} : new String[] {indicator.strip(), ""};
    }

    private static String first(LandingTable.Line line) {
        return line.cells().length == 0 || line.cells()[0] == null ? "" : line.cells()[0].strip();
    }
}
