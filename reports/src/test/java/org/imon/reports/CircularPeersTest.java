package org.imon.reports;

import static org.imon.reports.ReportAssertions.assertLaidOutWhole;
import static org.imon.reports.ReportAssertions.flatBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The city's rank among its peers in the circular: 一、总体运行's rank in the province and 八、与对标城市比较's
 * table, on the peer ranking fixture (the warehouse module's fixtures/peer_ranking/README.md works out
 * every rank), read from the PDF.
 */
class CircularPeersTest {
    @RegisterExtension
    static final CircularFixture CIRCULAR = new CircularFixture("peer_ranking");

    @Test
    void marchGivesTheRankInTheProvinceWithItsChangeAndTheMemberNotYetPublished() throws Exception {
        ReportFixtures.Rendered march = CIRCULAR.circular(2024, 3);
        String flat = flatBody(march.text());
        assertTrue(flat.contains("2024年1-3月，全市规模以上工业增加值增长6.5%（全省增长6.2%），"
                + "增速在全省并列第1位（另有1个市尚未发布，未参与排名），较上月前移1位。"), flat);
        // README: 全省 rank 1 tied of 3 (开封市 missing), 2 − 1 = 前移1位, 2023 1-3月 rank 3;
        // 35个大中城市 rank 2 of 4, 3 − 2 = 前移1位, no big35 figures in 2023.
        assertEquals(List.of(
                List.of("全省", "规模以上工业增加值", "6.5", "并列第1位", "3", "前移1位", "第3位"),
                List.of("35个大中城市", "规模以上工业增加值", "6.5", "居第2位", "4", "前移1位", "—")),
                CircularTables.printedPeers(march.text()));
        assertTrue(flat.contains("全省另有1个市尚未发布，未参与排名。附注"), flat);
        assertLaidOutWhole(march.print());
    }

    @Test
    void theFirstPeriodOfTheYearGivesRanksWithoutChanges() throws Exception {
        ReportFixtures.Rendered february = CIRCULAR.circular(2024, 2);
        String flat = flatBody(february.text());
        assertTrue(flat.contains("2024年1-2月，全市规模以上工业增加值增长7.0%（全省增长6.8%），增速在全省并列第2位。"), flat);
        // README, 1-2月: 全省 rank 2 tied with 洛阳市 of 4, 35个大中城市 rank 3 of 4; the fixture has no 2023 1-2月.
        assertEquals(List.of(
                List.of("全省", "规模以上工业增加值", "7.0", "并列第2位", "4", "无可比数据", "—"),
                List.of("35个大中城市", "规模以上工业增加值", "7.0", "居第3位", "4", "无可比数据", "—")),
                CircularTables.printedPeers(february.text()));
        assertTrue(flat.contains("上年同期位次全省"), "no note when every member published: " + flat);
    }
}
