package org.imon.reports;

import static org.imon.reports.ReportAssertions.assertLaidOutWhole;
import static org.imon.reports.ReportAssertions.flatBody;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The circular's paragraph on 固定资产投资 and 工业投资 under 六、重点项目, on the fixed-asset investment
 * fixture (the warehouse module's fixtures/fixed_asset_investment/README.md works out every figure):
 * 2024 1-6月 (shares from the levels) and 1-5月 (published shares, a shared first rank) read from the PDF.
 */
class CircularInvestmentTest {
    @RegisterExtension
    static final CircularFixture CIRCULAR = new CircularFixture("fixed_asset_investment");

    @Test
    void theFirstHalfGivesTheShareFromTheLevelsAndTheFastestAndSlowestRegions() throws Exception {
        ReportFixtures.Rendered june = CIRCULAR.circular(2024, 6);
        String flat = flatBody(june.text());
        // README, 1-6月: 101 / 250 = 40.4%; 禹州市 13.0 first, 魏都区 9.0 last; 技改 14.05 → 14.1.
        assertTrue(flat.contains("本期暂无重点项目数据。全市固定资产投资增长6.2%，工业投资增长11.0%（完成101.00亿元），"
                + "占固定资产投资比重40.4%；制造业投资增长21.0%，技术改造投资增长14.1%。"
                + "分县（市、区）看，工业投资禹州市增速最高（增长13.0%），魏都区增速最低（增长9.0%）。"), flat);
        assertLaidOutWhole(june.print());
    }

    @Test
    void aPublishedShareAndASharedFirstRank() throws Exception {
        String flat = flatBody(CIRCULAR.circular(2024, 5).text());
        // README, 1-5月: the published 39.96 printed 40.0; 禹州市 and 长葛市 both 12.4.
        assertTrue(flat.contains("全市固定资产投资增长6.3%，工业投资增长10.5%，占固定资产投资比重40.0%；"
                + "制造业投资增长18.0%，技术改造投资增长15.2%。分县（市、区）看，工业投资禹州市、长葛市并列增速最高"
                + "（增长12.4%），魏都区增速最低（增长8.0%）。"), flat);
        assertFalse(flat.contains("工业投资增长10.5%（完成"), "no levels published for 1-5月");
    }
}
