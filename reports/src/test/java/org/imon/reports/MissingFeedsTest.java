package org.imon.reports;

import static org.imon.reports.ReportAssertions.assertLaidOutWhole;
import static org.imon.reports.ReportAssertions.flatBody;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.imon.reports.ReportKind.Format;
import org.imon.warehouse.ReportingPeriod;

/**
 * The reports of a period that lacks feeds, on the peer ranking fixture (the warehouse module's
 * fixtures/peer_ranking/README.md): 2023 1-3月 has the region indicators feed (value added 6.0 for the
 * city and 中原区) and the benchmarks, but nothing from the enterprise feed; 2022 1-6月 has nothing at
 * all. Each section, chart and table says what is missing instead of failing or printing an empty frame.
 */
class MissingFeedsTest {
    @RegisterExtension
    static final CircularFixture PEER_RANKING = new CircularFixture("peer_ranking");
    @TempDir
    static Path dir;

    @Test
    void valueAddedWithoutTheEnterpriseFeedRendersAndNamesWhatIsMissing() throws Exception {
        ReportFixtures.Rendered march = PEER_RANKING.circular(2023, 3);
        String flat = flatBody(march.text());
        // README, 全省 2023 1-3月: the city 6.0 after 许昌市 7.0 and 开封市 6.5 → 居第3位; the province 6.3.
        assertTrue(flat.contains("一、总体运行2023年1-3月，全市规模以上工业增加值增长6.0%（全省增长6.3%），增速在全省居第3位。"
                + "本期暂无规模以上工业企业月报数据。"), flat);
        assertTrue(flat.contains("二、分县（市、区）规模以上工业增加值：中原区增速最高（增长6.0%）。"
                + "本期暂无营业收入、利润总额、工业用电量、工业增值税分县（市、区）数据。"), flat);
        assertTrue(flat.contains("图22023年1-3月各县（市、区）营业收入及增速本期暂无各县（市、区）营业收入及增速数据，不作图。"), flat);
        assertTrue(flat.contains("三、分行业本期暂无重点监测行业数据。四、产业集群本期暂无产业集群数据。"
                + "五、重点企业本期暂无重点企业名单数据。六、重点项目本期暂无重点项目数据。"
                + "七、企业问题办理情况本期暂无企业问题台账数据。八、与对标城市比较"), flat);
        assertFalse(flat.contains("本期无超期未办结问题"), "no ledger is not an empty list of overdue problems: " + flat);
        assertTrue(flat.contains("附表2023年1-3月各县（市、区）主要工业指标"), flat);
        assertLaidOutWhole(march.print());
    }

    @Test
    void yearOverYearDrawsTheChartsItHasFiguresForAndNamesTheOthers() throws Exception {
        ReportFixtures.Rendered yoy = ReportFixtures.render(PEER_RANKING.warehouse(), ReportKind.YOY,
                new ReportingPeriod(2023, 3), LocalDate.of(2023, 4, 15), dir, EnumSet.of(Format.PDF));
        String flat = flatBody(yoy.text());
        // Value added (6.0 for 2023 1-3月) is drawn; revenue, output and profit come from the enterprise feed.
        assertTrue(flat.contains("规模以上工业增加值累计增速（%）"), flat);
        assertFalse(flat.contains("暂无规模以上工业增加值累计增速数据"), flat);
        assertTrue(flat.contains("营业收入累计增速（%）本期及以前年度同期暂无营业收入累计增速数据，不作图。"
                + "工业总产值累计增速（%）本期及以前年度同期暂无工业总产值累计增速数据，不作图。"
                + "利润总额累计增速（%）本期及以前年度同期暂无利润总额累计增速数据，不作图。"), flat);
        assertLaidOutWhole(yoy.print());
    }

    @Test
    void aPeriodWithoutAnyFeedStillPrintsEverySectionSayingSo() throws Exception {
        ReportFixtures.Rendered empty = PEER_RANKING.circular(2022, 6);
        String flat = flatBody(empty.text());
        assertTrue(flat.contains("一、总体运行2022年1-6月，本期暂无全市规模以上工业增加值增速数据。本期暂无规模以上工业企业月报数据。"
                + "图12022年1-6月规模以上工业增加值累计增速（%）本期暂无全市、全省及全国规模以上工业增加值累计增速数据，不作图。"
                + "二、分县（市、区）本期暂无分县（市、区）数据。"
                + "图22022年1-6月各县（市、区）营业收入及增速本期暂无各县（市、区）营业收入及增速数据，不作图。"), flat);
        assertTrue(flat.contains("八、与对标城市比较本期暂无对标城市数据。附注：指标解释"), flat);
        assertTrue(flat.contains("本期暂无各县（市、区）主要工业指标数据，不列附表。"), flat);
        assertFalse(flat.contains("增速排名"), "no ranking table without rankings: " + flat);
        assertFalse(flat.contains("附表2022年"), flat);
        assertLaidOutWhole(empty.print());
    }
}
