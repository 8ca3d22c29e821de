package org.imon.etl.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.imon.etl.feed.FeedSpec;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.Region;

/**
 * The 工业经济工作推进办公室's enterprise problem ledger (企业问题台账, seed 004 二1): some 20 to 40
 * problems raised by the above-scale enterprises each month, each handed on (转办, or 督办 for the
 * harder ones) to a city department by its kind or to the enterprise's county government, with a
 * deadline. Most within policy scope are resolved within it, some late, a few drag on for months;
 * a late problem's deadline is sometimes extended. Each month's file carries the problems raised
 * that month and every one still open at its start, as it stands at the month's end.
 */
final class ProblemLedger {
    /** A kind of problem: the department it usually goes to, what enterprises write, days given to resolve it. */
    private record Kind(String category, String department, int days, String... descriptions) {
    }

    private static final Kind[] KINDS = {
        new Kind("融资", "市金融工作局", 30, "流动资金贷款到期续贷困难", "技改项目贷款审批慢", "应收账款融资对接"),
        new Kind("用地", "市自然资源和规划局", 60, "扩建项目用地指标未落实", "厂房不动产权证办理滞后"),
        new Kind("用工", "市人力资源和社会保障局", 30, "熟练技工招聘困难", "季节性用工短缺"),
        new Kind("用电", "市供电公司", 20, "新增变压器报装进度慢", "双回路供电改造"),
        new Kind("审批", "市行政审批和政务信息管理局", 20, "环评手续办理进度慢", "施工许可证办理"),
        new Kind("政策兑现", "市工业和信息化局", 30, "技改奖补资金未拨付", "研发费用加计扣除未落实"),
        new Kind("其他", null, 30, "厂区周边道路施工影响运输", "企业周边环境整治"),
    };
    /** Positions in a row, as {@link #row} writes it. */
    private static final int REGION = 3;
    private static final int MODE = 9;
    private static final int DEADLINE = 10;
    private static final int CLOSED_DATE = 11;
    private static final int STATUS = 12;
    private static final String OPEN = "办理中";
    private static final String CLOSED = "已办结";

    /** One problem over its life: when it was raised, by whom, and when (if ever) it is resolved. */
    private record Problem(String id, String creditCode, String enterpriseName, String regionToday, Kind kind,
            String description, boolean inPolicyScope, String unit, String mode, LocalDate raised, LocalDate deadline,
            LocalDate extendedDeadline, LocalDate closed) {

        /** The deadline a month's file shows: an extension is granted in the month after the first one passed. */
        LocalDate deadlineIn(YearMonth month) {
            return extendedDeadline != null && month.isAfter(YearMonth.from(deadline)) ? extendedDeadline : deadline;
        }

        boolean onFileOf(YearMonth month) {
            YearMonth raisedIn = YearMonth.from(raised);
            return raisedIn.equals(month) || raisedIn.isBefore(month) && (closed == null || !closed.isBefore(month.atDay(1)));
        }
    }

    private final Path landingRoot;
    private final CityProfile profile;
    private final long seed;
    private final TableWriter.Format format;
    private final List<Problem> problems = new ArrayList<>();
    /** The defects to plant, or null for a clean ledger. */
    private final DefectPlan defects;

    ProblemLedger(Path landingRoot, CityProfile profile, SampleOptions options, DefectPlan defects) {
        this.landingRoot = landingRoot;
        this.profile = profile;
        this.seed = options.seed();
        this.format = options.utf8Csv() ? TableWriter.Format.CSV_UTF8_BOM : TableWriter.Format.CSV_GB18030;
        this.defects = defects;
    }

    /** Writes the months 1 … lastMonth of a year, raising each month's problems among the year's enterprises. */
    void writeYear(int year, int lastMonth, List<SampleEnterprise> active) throws IOException {
        FeedSpec feed = FeedSpec.load("enterprise_problems");
        for (int m = 1; m <= lastMonth; m++) {
            YearMonth month = YearMonth.of(year, m);
            raise(month, active);
            Path file = landingRoot.resolve(feed.name()).resolve(month.toString())
                    .resolve(year + "年" + m + "月企业问题台账");
            List<DefectPlan.LedgerDefect> planted = defects == null ? List.of() : defects.ledgerDefects(year, m);
            int[] fitting = new int[planted.size()];
            try (TableWriter w = TableWriter.open(file, format, "", feed.writtenHeaders("万元"))) {
                for (Problem p : problems) {
                    if (!p.onFileOf(month)) {
                        continue;
                    }
                    List<String> cells = row(p, month);
                    for (int d = 0; d < planted.size(); d++) {
                        if (fits(planted.get(d), cells) && ++fitting[d] == planted.get(d).planted.position()) {
                            cells = plant(planted.get(d), cells, w.line + 1, landingRoot.relativize(file) + format.extension);
                        }
                    }
                    w.row(cells);
                }
            }
            problems.removeIf(p -> p.closed() != null && !p.closed().isAfter(month.atEndOfMonth()));
        }
    }

    private void raise(YearMonth month, List<SampleEnterprise> active) {
        Random random = new Random(seed * 7919 + month.getYear() * 12L + month.getMonthValue());
        int count = 20 + random.nextInt(21);
        for (int i = 1; i <= count; i++) {
            SampleEnterprise e = active.get(random.nextInt(active.size()));
            Kind kind = KINDS[random.nextInt(KINDS.length)];
            String regionToday = e.regionIn(month.getYear());
            boolean toCounty = kind.department() == null || random.nextDouble() < 0.4;
            boolean inScope = random.nextDouble() < (kind.department() == null ? 0.5 : 0.92);
            LocalDate raised = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            int days = kind.days();
            LocalDate deadline = raised.plusDays(days);
            double fate = random.nextDouble();
            LocalDate closed;
            if (!inScope) {
                // Outside policy scope: answered and explained, or left open a long time.
                closed = fate < 0.5 ? raised.plusDays(5 + random.nextInt(40)) : raised.plusDays(120 + random.nextInt(240));
            } else if (fate < 0.82) {
                closed = raised.plusDays(1 + random.nextInt(days));
            } else if (fate < 0.94) {
                closed = deadline.plusDays(1 + random.nextInt(45));
            } else {
                closed = deadline.plusDays(60 + random.nextInt(180));
            }
            LocalDate extended = closed.isAfter(deadline) && random.nextDouble() < 0.3 ? deadline.plusDays(30) : null;
            problems.add(new Problem(String.format("WT%d%02d-%03d", month.getYear(), month.getMonthValue(), i),
                    e.creditCode(), e.nameIn(month.getYear()), regionToday, kind,
                    kind.descriptions()[random.nextInt(kind.descriptions().length)], inScope,
                    toCounty ? countyUnit(regionToday) : kind.department(), random.nextDouble() < 0.15 ? "督办" : "转办",
                    raised, deadline, extended, closed));
        }
    }

    /** A problem's line in a month's file: its state at that month's end. */
    private List<String> row(Problem p, YearMonth month) {
        boolean closed = p.closed() != null && !p.closed().isAfter(month.atEndOfMonth());
        Region region = profile.region(profile.codeIn(p.regionToday(), month.getYear()).orElseThrow()).orElseThrow();
        return List.of(p.id(), p.creditCode(), p.enterpriseName(), region.shortName(), p.raised().toString(),
                p.kind().category(), p.inPolicyScope() ? "是" : "否", p.description(), p.unit(), p.mode(),
                p.deadlineIn(month).toString(), closed ? p.closed().toString() : "", closed ? CLOSED : OPEN);
    }

    /** A missing 办结日期 is only a defect on a problem marked 已办结. */
    private static boolean fits(DefectPlan.LedgerDefect defect, List<String> cells) {
        return defect != DefectPlan.LedgerDefect.CLOSED_WITHOUT_DATE || CLOSED.equals(cells.get(STATUS));
    }

    /** Plants a defect in a problem's row and records it in the manifest. */
    private List<String> plant(DefectPlan.LedgerDefect defect, List<String> cells, long line, String file) {
        List<String> bad = new ArrayList<>(cells);
        int column = switch (defect) {
            case DEADLINE_BEFORE_RAISED -> DEADLINE;
            case UNKNOWN_REGION -> REGION;
            case CLOSED_WITHOUT_DATE -> CLOSED_DATE;
            case UNKNOWN_HANDLING_MODE -> MODE;
        };
        bad.set(column, switch (defect) {
            case DEADLINE_BEFORE_RAISED -> LocalDate.parse(cells.get(DEADLINE)).minusYears(1).toString();
            case UNKNOWN_REGION -> "中原区";
            case CLOSED_WITHOUT_DATE -> "";
            case UNKNOWN_HANDLING_MODE -> "电话催办";
        });
        defects.record(defect.planted.entry("enterprise_problems", file, line, bad.get(column)));
        return bad;
    }

    /** The government of the enterprise's region: a county's or district's 政府, a management zone's 管委会. */
    private String countyUnit(String regionToday) {
        Region region = profile.region(regionToday).orElseThrow();
        return region.shortName() + ("zone".equals(region.kind()) ? "管委会" : "政府");
    }
}
