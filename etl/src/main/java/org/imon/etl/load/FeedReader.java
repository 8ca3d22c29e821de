package org.imon.etl.load;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imon.etl.feed.FeedColumn;
import org.imon.etl.feed.FeedSpec;
import org.imon.etl.feed.RowRule;
import org.imon.etl.landing.LandingFile;
import org.imon.etl.landing.LandingTable;
import org.imon.etl.landing.NbsExport;
import org.imon.etl.landing.LandingText;
import org.imon.etl.landing.ReadFailure;
import org.imon.etl.validate.Amounts;
import org.imon.etl.validate.CreditCode;
import org.imon.etl.validate.IndustryNames;
import org.imon.etl.validate.PublishedFigures;
import org.imon.etl.validate.RejectReason;
import org.imon.etl.validate.Rejection;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.reference.IndustryClassification;
import org.imon.warehouse.reference.StrategicEmergingIndustries;

/**
 * Reads one landing file of a feed into typed rows: decodes it, finds the header row by its Chinese
 * headers, checks every cell, and sets every problem aside as a {@link Rejection}. A row with any
 * problem is not kept; a file whose folder, encoding or header is wrong is rejected as a whole. Runs
 * inside Spark tasks, so it is serializable and loads its reference data once per JVM.
 */
public final class FeedReader implements Serializable {
    /** Title rows above the header (a report name, a unit line) are skipped, up to this many rows. */
    static final int HEADER_SEARCH_ROWS = 10;
    /** A rejection lists at most this many of a file's headers. */
    private static final int FOUND_HEADERS_SHOWN = 30;
    private static final Set<String> STATUSES = Set.of("签约", "开工", "投产", "达产");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern YEAR_OR_MONTH = Pattern.compile("\\d{4}(年|-(0[1-9]|1[0-2]))?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Map<String, String> YES_NO = Map.of("是", "true", "否", "false");
    private static final Set<String> HANDLING_MODES = Set.of("转办", "督办");
    private static final Set<String> PROBLEM_STATUSES = Set.of("办理中", "已办结");

    /**
     * A row that passed every check: its values by canonical column name, what its folder covers
     * (year, and month or 0), and where it came from.
     */
    public record CheckedRow(Map<String, Object> values, int year, int period, String file, long line, int version)
            implements Serializable {
    }

    /** The checked rows of one file (its landing-relative path) and its problems. */
    public record FileResult(String file, List<CheckedRow> rows, List<Rejection> rejections, long rowsRead)
            implements Serializable {
    }

    private final FeedSpec feed;
    private final String profileId;

    public FeedReader(FeedSpec feed, String profileId) {
        this.feed = feed;
        this.profileId = profileId;
    }

    /**
     * Reads one file. Whatever goes wrong with it, even an error no check foresaw, becomes a rejection
     * of that file alone, so that one bad file never stops the load of the others.
     */
    public FileResult read(LandingFile file) {
        try {
            return readChecked(file);
        } catch (VirtualMachineError failure) {
            // Out of memory is the load's to report, not this file's fault.
            throw failure;
        } catch (Throwable failure) {
            return fileRejected(file, RejectReason.UNREADABLE_FILE, ReadFailure.describe(file, failure));
        }
    }

    private FileResult readChecked(LandingFile file) throws IOException {
        if (!file.hasValidFolder()) {
            return fileRejected(file, RejectReason.BAD_PERIOD,
                    feed.folder().problem(Path.of(file.relative()).getParent().getFileName().toString()));
        }
        List<LandingTable.Line> lines;
        try {
            lines = NbsExport.reshapeIfExport(LandingTable.read(file));
        } catch (LandingText.UndecodableException e) {
            return fileRejected(file, RejectReason.UNDECODABLE_FILE, e.getMessage());
        } catch (LandingTable.TooWideException e) {
            return fileRejected(file, RejectReason.MISSING_COLUMNS, e.getMessage() + "，不是本数据项的表格；应有 "
                    + String.join("、", feed.requiredHeaders()));
        }
        int headerAt = headerRow(lines);
        if (headerAt < 0) {
            List<String> found = lines.isEmpty() ? List.of()
                    : Arrays.stream(lines.get(0).cells()).map(h -> h == null ? "" : h).toList();
            FeedSpec.HeaderMatch firstRow = feed.match(found);
            return fileRejected(file, RejectReason.MISSING_COLUMNS, (lines.isEmpty() ? "文件为空"
                    : "缺少 " + String.join("、", firstRow.missing())) + "；应有 " + String.join("、", feed.requiredHeaders())
                    + "；实际为 " + headersFound(found));
        }
        FeedSpec.HeaderMatch match = feed.match(Arrays.asList(lines.get(headerAt).cells()));
        List<CheckedRow> rows = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        long read = 0;
        for (LandingTable.Line line : lines.subList(headerAt + 1, lines.size())) {
            String[] cells = line.cells();
            if (Arrays.stream(cells).allMatch(Amounts::isNone)) {
                continue;
            }
            read++;
            List<Rejection> problems = new ArrayList<>();
            Map<String, Object> values = new HashMap<>();
            for (int c = 0; c < feed.columns().size(); c++) {
                FeedColumn column = feed.columns().get(c);
                int at = match.positions()[c];
                String raw = at >= 0 && at < cells.length && cells[at] != null ? cells[at].strip() : "";
                values.put(column.name(), check(file, line.number(), column, raw, problems));
            }
            if (problems.isEmpty()) {
                checkRules(file, line.number(), values, problems);
            }
            if (problems.isEmpty()) {
                rows.add(new CheckedRow(values, file.year(), file.period(), file.relative(), line.number(), file.version()));
            } else {
                rejections.addAll(problems);
            }
        }
        return new FileResult(file.relative(), rows, rejections, read);
    }

    /** The first row's headers as found, the first few only when a file is far wider than any feed. */
    private static String headersFound(List<String> found) {
        if (found.size() <= FOUND_HEADERS_SHOWN) {
            return String.join("、", found);
        }
        return String.join("、", found.subList(0, FOUND_HEADERS_SHOWN)) + "…（共 " + found.size() + " 列）";
    }

    /** The first of the top rows that carries every required header, or -1. */
    private int headerRow(List<LandingTable.Line> lines) {
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, lines.size()); i++) {
            if (feed.match(Arrays.asList(lines.get(i).cells())).complete()) {
                return i;
            }
        }
        return -1;
    }

    private Object check(LandingFile file, long line, FeedColumn column, String raw, List<Rejection> problems) {
        if (Amounts.isNone(raw)) {
            if (column.presence() == FeedColumn.Presence.VALUE) {
                problems.add(problem(file, line, column, raw, RejectReason.MISSING_VALUE, ""));
            }
            return null;
        }
        CityProfile profile = ReferenceData.profile(profileId);
        return switch (column.kind()) {
            case TEXT, CODE -> raw;
            case CREDIT_CODE -> accept(CreditCode.isValid(raw.toUpperCase()), raw.toUpperCase(), file, line, column, raw,
                    RejectReason.BAD_CREDIT_CODE, problems);
            case REGION_CODE -> accept(profile.regionIn(raw, file.year()).isPresent(), raw, file, line, column, raw,
                    RejectReason.UNKNOWN_REGION, problems);
            case REGION -> {
                var region = profile.regionNamedIn(raw, file.year());
                yield accept(region.isPresent(), region.map(r -> r.code()).orElse(raw), file, line, column, raw,
                        RejectReason.UNKNOWN_REGION, problems);
            }
            case AREA_CODE -> accept(raw.equals(profile.cityRegionCode()) || profile.regionIn(raw, file.year()).isPresent(),
                    raw, file, line, column, raw, RejectReason.UNKNOWN_REGION, problems);
            case INDUSTRY_CODE -> {
                String code = raw.length() == 5 && Character.isLetter(raw.charAt(0)) ? raw.substring(1) : raw;
                yield accept(ReferenceData.industries().isIndustrialClass(code), code, file, line, column, raw,
                        RejectReason.UNKNOWN_INDUSTRY, problems);
            }
            case INDUSTRY_DIVISION -> {
                String code = raw.length() == 3 && Character.isLetter(raw.charAt(0)) ? raw.substring(1) : raw;
                yield accept(ReferenceData.industries().isIndustrialSectionOrDivision(code), code, file, line, column,
                        raw, RejectReason.UNKNOWN_INDUSTRY_DIVISION, problems);
            }
            case INDUSTRY_NAME -> accept(ReferenceData.industryNames().known(raw), raw.strip(), file, line, column, raw,
                    RejectReason.UNKNOWN_INDUSTRY_NAME, problems);
            case AMOUNT, SIGNED_AMOUNT, NUMBER, SHARE, PUBLISHED_NUMBER, COUNT -> number(file, line, column, raw, problems);
            case STATUS -> accept(STATUSES.contains(raw), raw, file, line, column, raw, RejectReason.BAD_VALUE, problems);
            case DATE -> date(file, line, column, raw, problems);
            case YES_NO -> accept(YES_NO.containsKey(raw), YES_NO.get(raw), file, line, column, raw, RejectReason.BAD_VALUE,
                    problems);
            case HANDLING_MODE -> accept(HANDLING_MODES.contains(raw), raw, file, line, column, raw, RejectReason.BAD_VALUE,
                    problems);
            case PROBLEM_STATUS -> accept(PROBLEM_STATUSES.contains(raw), raw, file, line, column, raw,
                    RejectReason.BAD_VALUE, problems);
            case YEAR_MONTH -> accept(YEAR_MONTH.matcher(raw).matches(), raw, file, line, column, raw,
                    RejectReason.BAD_VALUE, problems);
            case YEAR_MONTH_OR_YEAR -> accept(YEAR_OR_MONTH.matcher(raw).matches(), raw.replace("年", ""), file, line,
                    column, raw, RejectReason.BAD_VALUE, problems);
            case SEI_CATEGORY -> {
                var category = ReferenceData.emergingIndustries().category(raw);
                yield accept(category.isPresent(), category.map(c -> c.code()).orElse(null), file, line, column, raw,
                        RejectReason.UNKNOWN_SEI_CATEGORY, problems);
            }
        };
    }

    /** A day as ISO {@code YYYY-MM-DD}, however the office wrote it. */
    private static Object date(LandingFile file, long line, FeedColumn column, String raw, List<Rejection> problems) {
        Matcher m = DATE.matcher(raw);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString();
            }
        } catch (DateTimeException e) {
            // A day that does not exist, such as 2024-02-30: rejected below like any other bad date.
        }
        problems.add(problem(file, line, column, raw, RejectReason.BAD_VALUE, "不是有效日期，应写为 YYYY-MM-DD"));
        return null;
    }

    /** The feed's rules between a row's cells, once every cell has passed its own check. */
    private void checkRules(LandingFile file, long line, Map<String, Object> values, List<Rejection> problems) {
        YearMonth folder = YearMonth.of(file.year(), file.period() == 0 ? 12 : file.period());
        for (RowRule rule : feed.rules()) {
            rule.judge(values, folder, name -> feed.column(name).header()).ifPresent(breach -> {
                Object value = values.get(rule.column());
                problems.add(problem(file, line, feed.column(rule.column()), value == null ? "" : value.toString(),
                        breach.reason(), breach.detail()));
            });
        }
    }

    private static Object accept(boolean ok, Object value, LandingFile file, long line, FeedColumn column, String raw,
            RejectReason reason, List<Rejection> problems) {
        if (!ok) {
            problems.add(problem(file, line, column, raw, reason, ""));
        }
        return value;
    }

    private static Object number(LandingFile file, long line, FeedColumn column, String raw, List<Rejection> problems) {
        try {
            boolean published = column.kind() == FeedColumn.Kind.PUBLISHED_NUMBER;
            boolean share = column.kind() == FeedColumn.Kind.SHARE;
            boolean percent = (column.kind() == FeedColumn.Kind.NUMBER || share || published) && raw.endsWith("%");
            String digits = percent ? raw.substring(0, raw.length() - 1) : raw;
            BigDecimal value = published ? PublishedFigures.parse(digits) : Amounts.parse(digits);
            boolean mustNotBeNegative = column.kind() == FeedColumn.Kind.AMOUNT || column.kind() == FeedColumn.Kind.COUNT;
            if (mustNotBeNegative && value.signum() < 0) {
                problems.add(problem(file, line, column, raw, RejectReason.NEGATIVE_AMOUNT, ""));
            }
            if (share && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
                problems.add(problem(file, line, column, raw, RejectReason.SHARE_OUT_OF_RANGE, ""));
            }
            if (column.kind() == FeedColumn.Kind.COUNT) {
                if (value.stripTrailingZeros().scale() > 0) {
                    problems.add(problem(file, line, column, raw, RejectReason.NOT_A_NUMBER, "应为整数"));
                    return null;
                }
                return value.intValue();
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(problem(file, line, column, raw, RejectReason.NOT_A_NUMBER, e.getMessage()));
            return null;
        }
    }

    private static Rejection problem(LandingFile file, long line, FeedColumn column, String raw, RejectReason reason,
            String detail) {
        return new Rejection(file.relative(), line, column.header(), raw, reason, detail);
    }

    private static FileResult fileRejected(LandingFile file, RejectReason reason, String detail) {
        return new FileResult(file.relative(), List.of(), List.of(Rejection.ofFile(file.relative(), reason, detail)), 0);
    }

    /** The city profile and the reference classifications, loaded once per JVM (driver or executor). */
    static final class ReferenceData {
        private static final Map<String, CityProfile> PROFILES = new HashMap<>();
        private static IndustryClassification industries;
        private static IndustryNames industryNames;
        private static StrategicEmergingIndustries emergingIndustries;

        private ReferenceData() {
        }

        static synchronized CityProfile profile(String id) {
            return PROFILES.computeIfAbsent(id, CityProfile::load);
        }

        static synchronized IndustryClassification industries() {
            if (industries == null) {
                industries = IndustryClassification.load();
            }
            return industries;
        }

        static synchronized StrategicEmergingIndustries emergingIndustries() {
            if (emergingIndustries == null) {
                emergingIndustries = StrategicEmergingIndustries.load();
            }
            return emergingIndustries;
        }

        static synchronized IndustryNames industryNames() {
            if (industryNames == null) {
                industryNames = IndustryNames.load(industries());
            }
            return industryNames;
        }
    }
}
