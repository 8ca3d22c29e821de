package org.imon.etl.load;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;

import org.imon.etl.feed.FeedColumn;
import org.imon.etl.feed.FeedSpec;
import org.imon.etl.landing.LandingFile;
import org.imon.etl.landing.LandingText;
import org.imon.etl.validate.Amounts;
import org.imon.etl.validate.CreditCode;
import org.imon.etl.validate.RejectReason;
import org.imon.etl.validate.Rejection;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.reference.IndustryClassification;
import org.imon.warehouse.schema.TableSchema;

/**
 * Reads one landing file of a feed into rows of its published table: decodes it, finds the columns
 * by their Chinese headers, checks every cell, and sets every problem aside as a {@link Rejection}.
 * A row with any problem is not published; a file whose encoding, header or period is wrong is
 * rejected as a whole. Runs inside Spark tasks, so it is serializable and loads its reference data
 * once per JVM.
 */
public final class FeedReader implements Serializable {

    /** The published rows of one file (values in the table's column order) and its problems. */
    public record FileResult(List<Object[]> rows, List<Rejection> rejections, long rowsRead) implements Serializable {
    }

    private final FeedSpec feed;
    private final TableSchema table;
    private final String profileId;

    public FeedReader(FeedSpec feed, TableSchema table, String profileId) {
        this.feed = feed;
        this.table = table;
        this.profileId = profileId;
    }

    public FileResult read(LandingFile file) {
        if (!file.hasValidPeriod()) {
            return fileRejected(file, RejectReason.BAD_PERIOD,
                    "目录名应为 YYYY-MM，MM 为 02 至 12（02 即 1-2月），实际为 " + Path.of(file.relative()).getParent());
        }
        String text;
        try {
            text = LandingText.decode(Files.readAllBytes(Path.of(file.path()))).text();
        } catch (LandingText.UndecodableException e) {
            return fileRejected(file, RejectReason.UNDECODABLE_FILE, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
        CsvParser parser = new CsvParser(settings());
        parser.beginParsing(new StringReader(text));
        String[] header = parser.parseNext();
        if (header == null) {
            parser.stopParsing();
            return fileRejected(file, RejectReason.MISSING_COLUMNS, "文件为空");
        }
        FeedSpec.HeaderMatch match = feed.match(Arrays.asList(header));
        if (!match.complete()) {
            parser.stopParsing();
            return fileRejected(file, RejectReason.MISSING_COLUMNS, "缺少 " + String.join("、", match.missing())
                    + "；应有 " + String.join("、", feed.requiredHeaders())
                    + "；实际为 " + String.join("、", Arrays.stream(header).map(h -> h == null ? "" : h).toList()));
        }
        List<Object[]> rows = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        long read = 0;
        String[] cells;
        while ((cells = parser.parseNext()) != null) {
            long line = parser.getContext().currentLine();
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
                values.put(column.name(), check(file, line, column, raw, problems));
            }
            if (problems.isEmpty()) {
                rows.add(tableRow(file, line, values));
            } else {
                rejections.addAll(problems);
            }
        }
        return new FileResult(rows, rejections, read);
    }

    private Object check(LandingFile file, long line, FeedColumn column, String raw, List<Rejection> problems) {
        if (Amounts.isNone(raw)) {
            if (column.presence() == FeedColumn.Presence.VALUE) {
                problems.add(new Rejection(file.relative(), line, column.header(), raw, RejectReason.MISSING_VALUE, ""));
            }
            return null;
        }
        return switch (column.kind()) {
            case TEXT -> raw;
            case CREDIT_CODE -> accept(CreditCode.isValid(raw.toUpperCase()), raw.toUpperCase(), file, line, column, raw,
                    RejectReason.BAD_CREDIT_CODE, problems);
            case REGION_CODE -> accept(ReferenceData.profile(profileId).regionIn(raw, file.year()).isPresent(), raw,
                    file, line, column, raw, RejectReason.UNKNOWN_REGION, problems);
            case INDUSTRY_CODE -> {
                String code = raw.length() == 5 && Character.isLetter(raw.charAt(0)) ? raw.substring(1) : raw;
                yield accept(ReferenceData.industries().isIndustrialClass(code), code, file, line, column, raw,
                        RejectReason.UNKNOWN_INDUSTRY, problems);
            }
            case AMOUNT, SIGNED_AMOUNT -> amount(file, line, column, raw, problems);
        };
    }

    private static Object accept(boolean ok, Object value, LandingFile file, long line, FeedColumn column, String raw,
            RejectReason reason, List<Rejection> problems) {
        if (!ok) {
            problems.add(new Rejection(file.relative(), line, column.header(), raw, reason, ""));
        }
        return value;
    }

    private static BigDecimal amount(LandingFile file, long line, FeedColumn column, String raw,
            List<Rejection> problems) {
        try {
            BigDecimal value = Amounts.parse(raw);
            if (column.kind() == FeedColumn.Kind.AMOUNT && value.signum() < 0) {
                problems.add(new Rejection(file.relative(), line, column.header(), raw, RejectReason.NEGATIVE_AMOUNT, ""));
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new Rejection(file.relative(), line, column.header(), raw, RejectReason.NOT_A_NUMBER,
                    e.getMessage()));
            return null;
        }
    }

    private Object[] tableRow(LandingFile file, long line, Map<String, Object> values) {
        values.put("year", file.year());
        values.put("period", file.period());
        values.put("source_file", file.relative());
        values.put("source_row", (int) line);
        return table.columnNames().stream().map(values::get).toArray();
    }

    private static FileResult fileRejected(LandingFile file, RejectReason reason, String detail) {
        return new FileResult(List.of(), List.of(Rejection.ofFile(file.relative(), reason, detail)), 0);
    }

    private static CsvParserSettings settings() {
        CsvParserSettings s = new CsvParserSettings();
        s.setLineSeparatorDetectionEnabled(true);
        s.setHeaderExtractionEnabled(false);
        s.setSkipEmptyLines(true);
        s.setNullValue("");
        s.setEmptyValue("");
        s.setMaxCharsPerColumn(100_000);
        s.setMaxColumns(1_000);
        return s;
    }

    /** The city profile and industry classification, loaded once per JVM (driver or executor). */
    static final class ReferenceData {
        private static final Map<String, CityProfile> PROFILES = new HashMap<>();
        private static IndustryClassification industries;

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
    }
}
