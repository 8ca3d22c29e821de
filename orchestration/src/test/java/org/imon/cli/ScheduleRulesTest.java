package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.etl.load.FeedLoadReport;
import org.imon.etl.load.LandingLoad;
import org.imon.etl.validate.RejectReason;
import org.imon.etl.validate.Rejection;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.profile.CityProfile;
import org.imon.warehouse.profile.Schedule;

/**
 * The schedule's rules on a landing folder laid out by hand, with Xuchang's profile: required feeds
 * enterprise_monthly, region_indicators, electricity, vat, fixed_asset_investment (not the problem
 * ledger); due day 15; at most 0.5% of rows rejected.
 */
class ScheduleRulesTest {
    private static final Schedule XUCHANG = CityProfile.defaultProfile().schedule();

    @TempDir
    Path home;

    @Test
    void theProfileSaysWhatIsRequiredAndWhen() {
        assertEquals(List.of("enterprise_monthly", "region_indicators", "electricity", "vat", "fixed_asset_investment"),
                XUCHANG.requiredFeeds());
        assertEquals(XUCHANG.requiredFeeds(), CityProfile.load("suizhou").schedule().requiredFeeds(),
                "Suizhou's bureaus publish the same way");
        assertEquals(LocalDate.of(2024, 4, 15), XUCHANG.dueDate(2024, 3), "1-3月 is due on 15 April");
        assertEquals(LocalDate.of(2025, 1, 15), XUCHANG.dueDate(2024, 12), "1-12月 is due on 15 January");
    }

    @Test
    void aPeriodIsCompleteWhenEveryRequiredFeedHasArrived() throws Exception {
        // 1-2月: all five feeds, the monthly ones for January and February. 1-3月: VAT for March is missing.
        landing("enterprise_monthly/2024-02", "enterprise_monthly/2024-03", "region_indicators/2024-02",
                "region_indicators/2024-03", "electricity/2024-01", "electricity/2024-02", "electricity/2024-03",
                "vat/2024-01", "vat/2024-02", "fixed_asset_investment/2024-02", "fixed_asset_investment/2024-03",
                "projects/2024-04");
        Arrivals received = Arrivals.received(new HomeLayout(home));
        assertEquals(List.of(new ReportingPeriod(2024, 2), new ReportingPeriod(2024, 3)),
                List.copyOf(received.periods(XUCHANG.requiredFeeds())), "projects is not required: 1-4月 is not a period here");
        assertEquals(List.of(new ReportingPeriod(2024, 2)), received.complete(XUCHANG));
        assertEquals(List.of("vat"), received.missing(new ReportingPeriod(2024, 3), XUCHANG));
    }

    @Test
    void aPeriodWaitsForTheInvestmentReleaseButNotForTheProblemLedger() throws Exception {
        // 1-2月 and 1-3月: the four monthly feeds; 固定资产投资 for 1-2月 only; the ledger for no month at all.
        landing("enterprise_monthly/2024-02", "enterprise_monthly/2024-03", "region_indicators/2024-02",
                "region_indicators/2024-03", "electricity/2024-01", "electricity/2024-02", "electricity/2024-03",
                "vat/2024-01", "vat/2024-02", "vat/2024-03", "fixed_asset_investment/2024-02");
        Arrivals received = Arrivals.received(new HomeLayout(home));
        assertEquals(List.of(new ReportingPeriod(2024, 2)), received.complete(XUCHANG), "1-2月 does not wait for the ledger");
        assertEquals(List.of("fixed_asset_investment"), received.missing(new ReportingPeriod(2024, 3), XUCHANG),
                "1-3月 waits for its 固定资产投资 release");
        assertEquals(List.of("2024年1-3月 已逾期（应于 2024-04-15 前报送）: fixed_asset_investment 仍未到齐"),
                QualityGate.overdue(received, XUCHANG, LocalDate.of(2024, 4, 16)));
        // The ledger's March file alone neither makes 1-3月 complete nor is owed for it.
        landing("enterprise_problems/2024-03", "fixed_asset_investment/2024-03");
        assertEquals(List.of(new ReportingPeriod(2024, 2), new ReportingPeriod(2024, 3)),
                Arrivals.received(new HomeLayout(home)).complete(XUCHANG));
    }

    @Test
    void aMonthlyFeedCoversEveryMonthOfThePeriod() throws Exception {
        // Electricity for February but not January: 1-2月 still lacks it.
        landing("enterprise_monthly/2024-02", "region_indicators/2024-02", "electricity/2024-02", "vat/2024-01",
                "vat/2024-02", "fixed_asset_investment/2024-02");
        assertEquals(List.of("electricity"),
                Arrivals.received(new HomeLayout(home)).missing(new ReportingPeriod(2024, 2), XUCHANG));
    }

    @Test
    void aQuarterlyFeedMakesNoPeriodAndIsRequiredAtTheQuartersEndsOnly() throws Exception {
        // The 产能利用率 survey's 一季度 and 二季度 beside 1-2月 and 1-3月 of the required feeds.
        landing("enterprise_monthly/2024-02", "enterprise_monthly/2024-03", "region_indicators/2024-02",
                "region_indicators/2024-03", "electricity/2024-01", "electricity/2024-02", "electricity/2024-03",
                "vat/2024-01", "vat/2024-02", "vat/2024-03", "fixed_asset_investment/2024-02",
                "fixed_asset_investment/2024-03", "capacity_utilization/2024-Q1", "capacity_utilization/2024-Q2");
        Arrivals received = Arrivals.received(new HomeLayout(home));
        List<ReportingPeriod> twoAndThree = List.of(new ReportingPeriod(2024, 2), new ReportingPeriod(2024, 3));
        assertEquals(twoAndThree, received.complete(XUCHANG), "not required: 二季度 makes no 1-6月");
        assertEquals(Optional.of("2024-Q2"), received.latestFolder("capacity_utilization"));
        Schedule withCapacity = new Schedule(XUCHANG.timeZone(), List.of("enterprise_monthly", "capacity_utilization"),
                XUCHANG.dueDay(), XUCHANG.maxQuarantinePercent());
        assertEquals(twoAndThree, List.copyOf(received.periods(withCapacity.requiredFeeds())));
        assertEquals(twoAndThree, received.complete(withCapacity), "1-2月 waits for no quarter, 1-3月 has 一季度");
        Files.delete(new HomeLayout(home).landing().resolve("capacity_utilization/2024-Q1/file.csv"));
        assertEquals(List.of("capacity_utilization"),
                Arrivals.received(new HomeLayout(home)).missing(new ReportingPeriod(2024, 3), withCapacity));
    }

    @Test
    void aMissingFeedIsOverdueTheDayAfterItsDueDay() throws Exception {
        landing("enterprise_monthly/2024-02", "enterprise_monthly/2024-03", "region_indicators/2024-02",
                "region_indicators/2024-03", "electricity/2024-01", "electricity/2024-02", "electricity/2024-03",
                "vat/2024-01", "vat/2024-02", "fixed_asset_investment/2024-02", "fixed_asset_investment/2024-03");
        Arrivals received = Arrivals.received(new HomeLayout(home));
        assertEquals(List.of(), QualityGate.overdue(received, XUCHANG, LocalDate.of(2024, 4, 15)), "still on time");
        assertEquals(List.of("2024年1-3月 已逾期（应于 2024-04-15 前报送）: vat 仍未到齐"),
                QualityGate.overdue(received, XUCHANG, LocalDate.of(2024, 4, 16)));
        // A month later 1-4月 is overdue too, with all five feeds missing.
        assertEquals(List.of("2024年1-3月 已逾期（应于 2024-04-15 前报送）: vat 仍未到齐",
                "2024年1-4月 已逾期（应于 2024-05-15 前报送）: enterprise_monthly、region_indicators、electricity、vat、fixed_asset_investment 仍未到齐"),
                QualityGate.overdue(received, XUCHANG, LocalDate.of(2024, 5, 16)));
        // Months later: three listed, one line for the rest (1-6月 … 1-8月: 3 more by 16 September).
        assertEquals(4, QualityGate.overdue(received, XUCHANG, LocalDate.of(2024, 9, 16)).size());
        assertEquals("另有其后 3 期同样逾期", QualityGate.overdue(received, XUCHANG, LocalDate.of(2024, 9, 16)).get(3));
    }

    @Test
    void rejectedRowsAboveTheThresholdFailTheGate() {
        // 5 of 1000 rows = 0.50%: at the threshold, passes. 6 of 1000 = 0.60%: above it, fails.
        assertEquals(List.of(), QualityGate.quarantine(load(new FeedLoadReport("vat", 1, 1, 1000, 995, 0, List.of(), null, List.of())),
                XUCHANG));
        assertEquals(List.of("vat: 拒收 6 行，占读取的 1000 行的 0.60%，超过城市配置允许的 0.5%"),
                QualityGate.quarantine(load(new FeedLoadReport("vat", 1, 1, 1000, 994, 0, List.of(), null, List.of())), XUCHANG));
        // Rows replaced by a correction are not rejections: 1000 read, 990 published, 10 superseded.
        assertEquals(List.of(), QualityGate.quarantine(load(new FeedLoadReport("vat", 2, 2, 1000, 990, 10, List.of(), null, List.of())),
                XUCHANG));
        // A whole file rejected always fails, whatever the rows.
        Rejection file = Rejection.ofFile("vat/2024-03/a.csv", RejectReason.UNDECODABLE_FILE, "");
        assertEquals(List.of("vat: 整文件拒收 1 个"),
                QualityGate.quarantine(load(new FeedLoadReport("vat", 1, 1, 0, 0, 0, List.of(file), null, List.of())), XUCHANG));
    }

    private static LandingLoad.Result load(FeedLoadReport feed) {
        return new LandingLoad.Result("test", "published", null, List.of(feed));
    }

    private void landing(String... folders) throws Exception {
        for (String folder : folders) {
            Path dir = new HomeLayout(home).landing().resolve(folder);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("file.csv"), "");
        }
    }
}
