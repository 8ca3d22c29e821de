package org.imon.reports;

import static org.imon.reports.ReportAssertions.assertLaidOutWhole;
import static org.imon.reports.ReportAssertions.flatBody;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.reports.ReportKind.Format;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.Warehouse;

/**
 * The city's rank among its peers in the circular: 一、总体运行's rank in the province and 八、与对标城市比较,
 * on the peer ranking fixture (the warehouse module's fixtures/peer_ranking/README.md works out every
 * rank), read from the PDF.
 */
class CircularPeersTest {
    @TempDir
    static Path dir;
    static Warehouse warehouse;

    @BeforeAll
    static void open() throws Exception {
        warehouse = ReportFixtures.open("peer_ranking");
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    private static ReportFixtures.Rendered circular(int period) throws Exception {
        return ReportFixtures.render(warehouse, ReportKind.CIRCULAR, new ReportingPeriod(2024, period),
                LocalDate.of(2024, period + 1, 15), dir.resolve("reports"), EnumSet.of(Format.PDF));
    }

    @Test
    void marchGivesTheRankInTheProvinceWithItsChangeAndTheMemberNotYetPublished() throws Exception {
        ReportFixtures.Rendered march = circular(3);
        String flat = flatBody(march.text());
        assertTrue(flat.contains("2024年1-3月，全市规模以上工业增加值增长6.5%（全省增长6.2%），"
                + "增速在全省并列第1位（另有1个市尚未发布，未参与排名），较上月前移1位。"), flat);
        assertTrue(flat.contains("八、与对标城市比较全省：规模以上工业增加值增速并列第1位（3个城市参与排名，1个尚未发布），"
                + "较上月前移1位。35个大中城市：规模以上工业增加值增速居第2位（4个城市参与排名），较上月前移1位。"), flat);
        assertLaidOutWhole(march.print());
    }

    @Test
    void theFirstPeriodOfTheYearGivesRanksWithoutChanges() throws Exception {
        String flat = flatBody(circular(2).text());
        assertTrue(flat.contains("2024年1-2月，全市规模以上工业增加值增长7.0%（全省增长6.8%），增速在全省并列第2位。"), flat);
        assertTrue(flat.contains("全省：规模以上工业增加值增速并列第2位（4个城市参与排名）。"
                + "35个大中城市：规模以上工业增加值增速居第3位（4个城市参与排名）。"), flat);
    }
}
