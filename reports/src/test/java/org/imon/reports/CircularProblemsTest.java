package org.imon.reports;

import static org.imon.reports.ReportAssertions.assertLaidOutWhole;
import static org.imon.reports.ReportAssertions.flatBody;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 七、企业问题办理情况 in the circular, on the problem ledger fixture (the warehouse module's
 * fixtures/problem_ledger/README.md works out every figure): 2024 1-6月 and 1-4月 read from the PDF.
 */
class CircularProblemsTest {
    @RegisterExtension
    static final CircularFixture CIRCULAR = new CircularFixture("problem_ledger");

    @Test
    void theFirstHalfGivesTheRatesByRegionAndListsTheOverdueProblems() throws Exception {
        ReportFixtures.Rendered june = CIRCULAR.circular(2024, 6);
        String flat = flatBody(june.text());
        // README, 1-6月: 8 problems, 5 resolved (3 on time), 3 open (2 overdue); policy scope 4 of 6 = 66.7%;
        // 魏都区 P1, P5 of P1, P5, P7 and 禹州市 P2, P4 of P2, P4, P6: 2 of 3 each.
        assertTrue(flat.contains("七、企业问题办理情况全市企业问题台账共有问题8个（本年新受理7个，上年结转1个），"
                + "已办结5个，其中按期办结3个；未办结3个，其中超期2个。政策范围内问题6个，已办结4个，办结率66.7%。"
                + "分县（市、区）政策范围内问题办结率：魏都区66.7%，禹州市66.7%。"), flat);
        // P6 due 06-12 and P8 due 06-20, open on 06-30: 18 and 10 days.
        assertTrue(flat.contains("超期未办结问题2个：1.禹州乙陶瓷有限公司（禹州市）用电问题（WT2024-005），禹州市政府承办（转办），"
                + "办结时限2024年6月12日，已超期18天。2.禹州乙陶瓷有限公司（禹州市）其他问题（WT2024-007，政策范围外），"
                + "禹州市政府承办（转办），办结时限2024年6月20日，已超期10天。"), flat);
        assertLaidOutWhole(june.print());
    }

    @Test
    void aMonthWithoutOverdueProblemsSaysSo() throws Exception {
        // README, 1-4月: April's file extended P4's deadline to 04-30, so nothing is overdue on 04-30;
        // policy scope P1, P2, P5 resolved of P1, P2, P4, P5.
        String flat = flatBody(CIRCULAR.circular(2024, 4).text());
        assertTrue(flat.contains("其中超期0个。政策范围内问题4个，已办结3个，办结率75.0%。"), flat);
        assertTrue(flat.contains("本期无超期未办结问题。"), flat);
    }
}
