package org.imon.etl.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.imon.etl.feed.FeedSpec;
import org.imon.etl.validate.CreditCode;
import org.imon.etl.validate.RejectReason;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.profile.CityProfile;

/**
 * Writes a year of the enterprise monthly report: one file per period, 1-2月 to 1-12月. Older years
 * come as GB18030 CSV, later ones as UTF-8 CSV, the half-year and annual reports as .xlsx. About 1%
 * of rows are first sent wrong and then corrected in a {@code _更正1} file beside the original.
 */
final class EnterpriseFeedWriter {
    static final double CORRECTION_RATE = 0.01;
    /** Larger files go as CSV: Excel sheets are for what a person opens. */
    static final int XLSX_MAX_ROWS = 100_000;

    private final Path landingRoot;
    private final CityProfile profile;
    private final FeedSpec feed = FeedSpec.load("enterprise_monthly");
    private final DefectPlan defects;
    /** Every file a UTF-8 CSV, whatever a department would send. */
    private final boolean utf8Csv;

    EnterpriseFeedWriter(Path landingRoot, CityProfile profile, DefectPlan defects, boolean utf8Csv) {
        this.landingRoot = landingRoot;
        this.profile = profile;
        this.defects = defects;
        this.utf8Csv = utf8Csv;
    }

    /** Writes the year's files and returns the rows written (corrections included). */
    long writeYear(int year, int lastPeriod, List<SampleEnterprise> active, IndustryMix mix, RegionTotals totals,
            boolean firstYear) throws IOException {
        int periods = lastPeriod - 1;
        TableWriter[] files = new TableWriter[periods];
        TableWriter[] corrections = new TableWriter[periods];
        List<String> header = feed.writtenHeaders("万元");
        long rows = 0;
        try {
            for (int p = 2; p <= lastPeriod; p++) {
                files[p - 2] = TableWriter.open(base(year, p), format(year, p, active.size()),
                        new ReportingPeriod(year, p).label() + "规模以上工业企业主要指标", header);
            }
            int position = 0;
            for (SampleEnterprise e : active) {
                position++;
                MonthlyFigures now = e.figures(year);
                MonthlyFigures before = RestatedBase.lastYearAsReported(e, year);
                totals.add(e, year, now, before, mix.row(e.mixRow()).electricityPerWan(), firstYear);
                for (int p = 2; p <= lastPeriod; p++) {
                    List<String> cells = cells(e, year, p, now, before);
                    DefectPlan.RowDefect defect = defects == null ? null : defects.at(year, p, position);
                    SplittableRandom chance = new SplittableRandom(e.seed() * 7919 + year * 13L + p);
                    if (defect != null) {
                        cells = plant(defect, cells, e, year, p, now, files[p - 2]);
                    } else if (chance.nextDouble() < CORRECTION_RATE) {
                        if (corrections[p - 2] == null) {
                            corrections[p - 2] = TableWriter.open(correctionOf(year, p), correctionFormat(year),
                                    "", header);
                        }
                        corrections[p - 2].row(cells);
                        rows++;
                        cells = mistyped(cells, chance);
                    }
                    files[p - 2].row(cells);
                    rows++;
                    if (defect == DefectPlan.RowDefect.DUPLICATE_ROW) {
                        long again = files[p - 2].row(cells);
                        defects.record(defect.planted.entry(feed.name(), relative(year, p), again, e.creditCode()));
                    }
                }
            }
        } finally {
            for (TableWriter w : files) {
                if (w != null) {
                    w.close();
                }
            }
            for (TableWriter w : corrections) {
                if (w != null) {
                    w.close();
                }
            }
        }
        return rows;
    }

    /** Plants a defect in a row and records it in the manifest (the duplicate is recorded when written). */
    private List<String> plant(DefectPlan.RowDefect defect, List<String> cells, SampleEnterprise e, int year, int p,
            MonthlyFigures now, TableWriter file) {
        List<String> bad = new ArrayList<>(cells);
        int column = switch (defect) {
            case BAD_CREDIT_CODE, DUPLICATE_ROW -> 0;
            case UNKNOWN_REGION -> 2;
            case UNKNOWN_INDUSTRY -> 3;
            default -> 7;
        };
        switch (defect) {
            case BAD_CREDIT_CODE -> {
                String code = e.creditCode();
                char wrong = CreditCode.ALPHABET.charAt((CreditCode.ALPHABET.indexOf(code.charAt(17)) + 1) % 31);
                bad.set(0, code.substring(0, 17) + wrong);
            }
            case UNKNOWN_REGION -> bad.set(2, "410102");
            case UNKNOWN_INDUSTRY -> bad.set(3, "0111");
            // The first digit, not the first zero: an amount may have no zero.
            case NOT_A_NUMBER -> bad.set(7, bad.get(7).replaceFirst("[0-9]", "O"));
            case NEGATIVE_AMOUNT -> bad.set(7, "-" + bad.get(7));
            case YTD_DECREASED -> bad.set(7, Amounts.tenths(MonthlyFigures.ytd(now.revenue(), p - 1) - 10));
            case DUPLICATE_ROW -> {
                return bad;
            }
            default -> throw new IllegalStateException();
        }
        defects.record(defect.planted.entry(feed.name(), relative(year, p), file.line + 1, bad.get(column)));
        return bad;
    }

    /** Writes the whole-file defects of the defect year: a missing column, undecodable bytes, a January alone. */
    void plantFileDefects(List<SampleEnterprise> active) throws IOException {
        int year = defects.year;
        List<String> header = feed.writtenHeaders("万元");
        List<List<String>> sample = new ArrayList<>();
        for (SampleEnterprise e : active.subList(0, 3)) {
            sample.add(cells(e, year, 3, e.figures(year), RestatedBase.lastYearAsReported(e, year)));
        }
        Path missing = base(year, 3).resolveSibling("补报_缺少上年同期列");
        try (TableWriter w = TableWriter.open(missing, TableWriter.Format.CSV_UTF8_BOM, "", without(header, 8))) {
            for (List<String> row : sample) {
                w.row(without(row, 8));
            }
        }
        defects.record(new DefectPlan.Entry(feed.name(), landingRoot.relativize(missing) + ".csv", 0, "", "",
                RejectReason.MISSING_COLUMNS, "缺少 营业收入上年同期 列"));

        Path garbled = base(year, 3).resolveSibling("补报_乱码.csv");
        byte[] text = (String.join(",", header) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(text, text.length + 4);
        bytes[text.length] = (byte) 0xFF;
        bytes[text.length + 1] = (byte) 0xFE;
        bytes[text.length + 2] = (byte) 0x80;
        bytes[text.length + 3] = '\n';
        Files.write(garbled, bytes);
        defects.record(new DefectPlan.Entry(feed.name(), landingRoot.relativize(garbled).toString(), 0, "", "",
                RejectReason.UNDECODABLE_FILE, "文件中有既非 UTF-8 也非 GB18030 的字节"));

        Path january = landingRoot.resolve(feed.name()).resolve(year + "-01").resolve(year + "年1月规模以上工业企业主要指标");
        try (TableWriter w = TableWriter.open(january, TableWriter.Format.CSV_UTF8_BOM, "", header)) {
            for (List<String> row : sample) {
                w.row(row);
            }
        }
        defects.record(new DefectPlan.Entry(feed.name(), landingRoot.relativize(january) + ".csv", 0, "", "",
                RejectReason.BAD_PERIOD, "1月单独报送"));
    }

    private List<String> cells(SampleEnterprise e, int year, int p, MonthlyFigures now, MonthlyFigures before) {
        return List.of(e.creditCode(), e.nameIn(year), profile.codeIn(e.regionIn(year), year).orElseThrow(), e.industryIn(year),
                Amounts.tenths(now.output()[p - 1]),
                Amounts.tenths(MonthlyFigures.ytd(now.output(), p)),
                Amounts.tenths(MonthlyFigures.ytd(before.output(), p)),
                Amounts.tenths(MonthlyFigures.ytd(now.revenue(), p)),
                Amounts.tenths(MonthlyFigures.ytd(before.revenue(), p)),
                Amounts.tenths(MonthlyFigures.ytd(now.profit(), p)),
                Amounts.tenths(MonthlyFigures.ytd(before.profit(), p)));
    }

    /** The first version of a corrected row: its revenue typed 5% to 30% too high. */
    private static List<String> mistyped(List<String> cells, SplittableRandom chance) {
        List<String> wrong = new ArrayList<>(cells);
        double revenue = Double.parseDouble(cells.get(7));
        wrong.set(7, Amounts.tenths(revenue * (1.05 + chance.nextDouble() * 0.25)));
        return wrong;
    }

    private static List<String> without(List<String> cells, int column) {
        List<String> fewer = new ArrayList<>(cells);
        fewer.remove(column);
        return fewer;
    }

    TableWriter.Format format(int year, int period, int rows) {
        if ((period == 6 || period == 12) && rows <= XLSX_MAX_ROWS && !utf8Csv) {
            return TableWriter.Format.XLSX;
        }
        return correctionFormat(year);
    }

    private TableWriter.Format correctionFormat(int year) {
        return year <= 2018 && !utf8Csv ? TableWriter.Format.CSV_GB18030 : TableWriter.Format.CSV_UTF8_BOM;
    }

    private Path base(int year, int period) {
        ReportingPeriod p = new ReportingPeriod(year, period);
        return landingRoot.resolve(feed.name()).resolve(p.toString()).resolve("规上工业企业主要指标_" + p.label());
    }

    private Path correctionOf(int year, int period) {
        Path original = base(year, period);
        return original.resolveSibling(original.getFileName() + "_更正1");
    }

    private String relative(int year, int period) {
        return landingRoot.relativize(base(year, period)) + ".csv";
    }
}
