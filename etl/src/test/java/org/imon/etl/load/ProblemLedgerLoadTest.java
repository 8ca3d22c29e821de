package org.imon.etl.load;

import static org.imon.etl.load.LandingLoadTest.E1;
import static org.imon.etl.load.LandingLoadTest.E2;
import static org.imon.etl.load.LandingLoadTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.validate.RejectReason;

/**
 * The enterprise problem ledger (企业问题台账) as the office sends it: March's file with two good rows
 * (a region by name and by code, dates written three ways) and one bad row per check, each set aside
 * with its file, row, column and reason; April's file closes a March problem.
 */
@Tag("slow")
class ProblemLedgerLoadTest {
    private static final String HEADER = "问题编号,企业统一社会信用代码,企业名称,所在县（市、区）,反映日期,问题类别,"
            + "是否政策范围内,问题描述,承办单位,办理方式（转办/督办）,办结时限,办结日期,办理状态\n";
    private static final String A = E1 + ",许昌甲机械有限公司,";
    private static final String B = E2 + ",禹州丙电气有限公司,";
    private static final String MARCH = "enterprise_problems/2024-03/2024年3月企业问题台账.csv";

    @TempDir
    Path home;

    @Test
    void everyBadRowIsQuarantinedWithItsReasonAndTheGoodOnesLoad() throws Exception {
        write(home.resolve("landing/" + MARCH), "2024年3月企业问题台账\n" + HEADER
                // line 3, 4: good
                + "WT202403-001," + A + "魏都区,2024-03-05,融资,是,流动资金贷款续贷,市金融工作局,转办,2024-04-04,,办理中\n"
                + "WT202403-002," + B + "411081,2024/3/6,用电,否,变压器报装,禹州市政府,督办,2024年3月26日,2024-03-20,已办结\n"
                // line 5 to 12: one problem each
                + "WT202403-003," + A + "郑州市,2024-03-05,融资,是,贷款,市金融工作局,转办,2024-04-04,,办理中\n"
                + "WT202403-004," + A + "魏都区,2024-03-10,用地,是,用地指标,市自然资源和规划局,转办,2024-03-01,,办理中\n"
                + "WT202403-005," + A + "魏都区,2024-03-10,用工,是,招工,魏都区政府,转办,2024-04-10,,已办结\n"
                + "WT202403-006,91411002MA00000013,许昌甲机械有限公司,魏都区,2024-03-10,用工,是,招工,魏都区政府,转办,"
                + "2024-04-10,,办理中\n"
                + "WT202403-007," + B + "禹州市,2024-03-10,审批,是,环评,市行政审批和政务信息管理局,转办,2024-04-10,"
                + "2024-04-02,已办结\n"
                + "WT202403-008," + B + "禹州市,2024-03-10,审批,是,环评,市行政审批和政务信息管理局,交办,2024-04-10,,办理中\n"
                + "WT202403-009," + B + "禹州市,2024-03-10,审批,是,环评,市行政审批和政务信息管理局,转办,2024-04-10,"
                + "2024-03-15,办理中\n"
                + "WT202403-010," + B + "禹州市,2024-02-30,审批,是,环评,市行政审批和政务信息管理局,转办,2024-04-10,,办理中\n",
                StandardCharsets.UTF_8);
        write(home.resolve("landing/enterprise_problems/2024-04/2024年4月企业问题台账.csv"), HEADER
                + "WT202403-001," + A + "魏都区,2024-03-05,融资,是,流动资金贷款续贷,市金融工作局,转办,2024-04-04,2024-04-02,已办结\n",
                Charset.forName("GB18030"));

        LandingLoad.Result result = LoadHomes.load(home, "ledger");

        FeedLoadReport report = result.feed("enterprise_problems");
        assertEquals(11, report.rowsRead());
        assertEquals(3, report.rowsPublished());
        Map<Long, List<Object>> rejected = LoadHomes.rejectionsByRow(report);
        assertEquals(Map.of(
                5L, List.of(MARCH, "所在县（市、区）", RejectReason.UNKNOWN_REGION),
                6L, List.of(MARCH, "办结时限", RejectReason.DATE_ORDER),
                7L, List.of(MARCH, "办结日期", RejectReason.MISSING_FOR_STATUS),
                8L, List.of(MARCH, "企业统一社会信用代码", RejectReason.BAD_CREDIT_CODE),
                9L, List.of(MARCH, "办结日期", RejectReason.DATE_AFTER_FOLDER),
                10L, List.of(MARCH, "办理方式（转办/督办）", RejectReason.BAD_VALUE),
                11L, List.of(MARCH, "办结日期", RejectReason.FILLED_FOR_STATUS),
                12L, List.of(MARCH, "反映日期", RejectReason.BAD_VALUE)), rejected);
        assertEquals("日期先后颠倒：办结时限 2024-03-01 早于反映日期 2024-03-10", LoadHomes.rejectionMessage(report, 6));
        assertEquals("日期晚于文件所属月份的月末：文件所属月份为 2024-03，办结日期为 2024-04-02", LoadHomes.rejectionMessage(report, 9));
        assertEquals("按该行的办理状态此项必须填写：办理状态为已办结，应填写办结日期", LoadHomes.rejectionMessage(report, 7));

        List<Row> published = LoadHomes.published(result, "fact_enterprise_problem")
                .orderBy("period", "problem_id").collectAsList();
        assertEquals(List.of(
                List.of(3, "WT202403-001", "411002", Date.valueOf("2024-03-05"), true, "办理中"),
                List.of(3, "WT202403-002", "411081", Date.valueOf("2024-03-06"), false, "已办结"),
                List.of(4, "WT202403-001", "411002", Date.valueOf("2024-03-05"), true, "已办结")),
                published.stream().map(r -> List.of(r.getAs("period"), r.getAs("problem_id"), r.getAs("region_code"),
                        r.getAs("raised_date"), r.getAs("in_policy_scope"), r.getAs("status"))).toList());
        assertEquals(Date.valueOf("2024-03-26"), published.get(1).getAs("deadline"));
    }

}
