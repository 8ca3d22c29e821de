package org.imon.etl.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.imon.etl.validate.RejectReason;
import org.imon.warehouse.reference.CsvRecords;

/**
 * The bad input {@code imon sample --defects} plants, and its manifest: every defect with its file,
 * line, column, value and the reason the loader must give. Row defects go into the CSV files of
 * 1-3月, 1-4月 and 1-5月 of one year: the enterprise report's, each into a different enterprise's row,
 * and likewise the problem ledger's (3月, 4月, 5月) and the 固定资产投资 release's.
 */
final class DefectPlan {
    static final String MANIFEST = "_manifest/defects.csv";

    /**
     * Where a defect goes and what the loader must say of it: the period (for the problem ledger, the
     * month), the position of the row among the file's rows that can carry it, the reason, the column
     * and what was done to it.
     */
    record Planted(int period, int position, RejectReason reason, String column, String description) {
        /** Its manifest line, once written to {@code file}'s line {@code row} as {@code value}. */
        Entry entry(String feed, String file, long row, String value) {
            return new Entry(feed, file, row, column, value, reason, description);
        }
    }

    /** A defect planted in a row of the enterprise report. */
    enum RowDefect {
        BAD_CREDIT_CODE(3, 1, RejectReason.BAD_CREDIT_CODE, "统一社会信用代码", "校验位被改错"),
        UNKNOWN_REGION(3, 2, RejectReason.UNKNOWN_REGION, "行政区划代码", "外市的区划代码"),
        UNKNOWN_INDUSTRY(3, 3, RejectReason.UNKNOWN_INDUSTRY, "行业代码", "农业行业代码"),
        NOT_A_NUMBER(4, 4, RejectReason.NOT_A_NUMBER, "营业收入本年累计", "数字中混入字母 O"),
        NEGATIVE_AMOUNT(4, 5, RejectReason.NEGATIVE_AMOUNT, "营业收入本年累计", "负的营业收入"),
        YTD_DECREASED(4, 6, RejectReason.YTD_DECREASED, "营业收入本年累计", "1-4月累计低于1-3月累计"),
        DUPLICATE_ROW(5, 7, RejectReason.DUPLICATE_ROW, "统一社会信用代码", "同一行在文件末尾重复一次");

        final Planted planted;

        RowDefect(int period, int position, RejectReason reason, String column, String description) {
            planted = new Planted(period, position, reason, column, description);
        }
    }

    /**
     * A defect planted in a month's problem ledger (企业问题台账); its position counts the rows that can
     * carry it (closed problems, for a missing 办结日期).
     */
    enum LedgerDefect {
        DEADLINE_BEFORE_RAISED(3, 1, RejectReason.DATE_ORDER, "办结时限", "办结时限早于反映日期（年份少写一年）"),
        UNKNOWN_REGION(3, 2, RejectReason.UNKNOWN_REGION, "所在县（市、区）", "外市的县区名称"),
        CLOSED_WITHOUT_DATE(4, 3, RejectReason.MISSING_FOR_STATUS, "办结日期", "办理状态为已办结却未填办结日期"),
        UNKNOWN_HANDLING_MODE(5, 4, RejectReason.BAD_VALUE, "办理方式（转办/督办）", "办理方式写作“电话催办”");

        final Planted planted;

        LedgerDefect(int month, int position, RejectReason reason, String column, String description) {
            planted = new Planted(month, position, reason, column, description);
        }
    }

    /** A defect planted in a region's row of a period's 固定资产投资 release. */
    enum InvestmentDefect {
        SHARE_ABOVE_100(3, 1, RejectReason.SHARE_OUT_OF_RANGE, "工业投资占固定资产投资比重", "比重的小数点错后一位，大于100"),
        UNKNOWN_AREA(4, 2, RejectReason.UNKNOWN_REGION, "地区代码", "外市的区划代码"),
        GROWTH_NOT_PUBLISHED(5, 3, RejectReason.MISSING_VALUE, "固定资产投资增长", "增速填“—”，未发布");

        final Planted planted;

        InvestmentDefect(int period, int position, RejectReason reason, String column, String description) {
            planted = new Planted(period, position, reason, column, description);
        }
    }

    /** One manifest line. row 0 means the whole file. */
    record Entry(String feed, String file, long row, String column, String value, RejectReason reason,
            String description) {
    }

    final int year;
    private final List<Entry> entries = new ArrayList<>();

    DefectPlan(int year) {
        this.year = year;
    }

    /** The defect planted in the given file position, if any. */
    RowDefect at(int year, int period, int position) {
        if (year != this.year) {
            return null;
        }
        for (RowDefect d : RowDefect.values()) {
            if (d.planted.period() == period && d.planted.position() == position) {
                return d;
            }
        }
        return null;
    }

    /** The ledger defects planted in a month's file, if any. */
    List<LedgerDefect> ledgerDefects(int year, int month) {
        return year != this.year ? List.of()
                : Stream.of(LedgerDefect.values()).filter(d -> d.planted.period() == month).toList();
    }

    /** The defect planted in a region's row of a period's 固定资产投资 release, if any. */
    InvestmentDefect investmentDefect(int year, int period, int position) {
        return year != this.year ? null : Stream.of(InvestmentDefect.values())
                .filter(d -> d.planted.period() == period && d.planted.position() == position).findFirst().orElse(null);
    }

    void record(Entry entry) {
        entries.add(entry);
    }

    List<Entry> entries() {
        return entries;
    }

    void writeManifest(Path landingRoot) throws IOException {
        Path file = landingRoot.resolve(MANIFEST);
        Files.createDirectories(file.getParent());
        StringBuilder out = new StringBuilder("\uFEFFfeed,file,row,column,value,expected_reason,description\n");
        for (Entry e : entries) {
            out.append(Stream.of(e.feed(), e.file(), Long.toString(e.row()), e.column(), e.value(), e.reason().name(),
                    e.description()).map(CsvRecords::field).collect(Collectors.joining(","))).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
