package org.imon.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The one period type: text form, 1-2月 rule, label, partition path and the periods around it. */
class ReportingPeriodTest {

    @Test
    void isWrittenYyyyMmAndParsedBack() {
        assertEquals("2024-06", new ReportingPeriod(2024, 6).toString());
        assertEquals("2024-12", new ReportingPeriod(2024, 12).toString());
        assertEquals(Optional.of(new ReportingPeriod(2024, 2)), ReportingPeriod.parse("2024-02"));
        assertEquals(Optional.empty(), ReportingPeriod.parse("2024-6"), "two-digit month");
        assertEquals(Optional.empty(), ReportingPeriod.parse("June"));
        assertEquals(Optional.empty(), ReportingPeriod.parse("2024-13"));
    }

    @Test
    void januaryIsNeverAPeriodOfItsOwn() {
        assertEquals(Optional.empty(), ReportingPeriod.parse("2024-01"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReportingPeriod(2024, 1));
        assertTrue(e.getMessage().contains("1-2月"), e.getMessage());
    }

    @Test
    void labelAndPartitionPath() {
        assertEquals("2024年1-6月", new ReportingPeriod(2024, 6).label());
        assertEquals("2024年1-2月", new ReportingPeriod(2024, 2).label());
        assertEquals("2024年1-12月", new ReportingPeriod(2024, 12).label());
        assertEquals("year=2024/period=6", new ReportingPeriod(2024, 6).partitionPath(),
                "Spark's partition folders: the month unpadded");
    }

    @Test
    void theWarehousesPeriodLabelMacroSaysTheSame() throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckdb.createStatement()) {
            statement.execute(Resources.text("sql/macros.sql"));
            for (int p = ReportingPeriod.FIRST; p <= ReportingPeriod.LAST; p++) {
                try (ResultSet rs = statement.executeQuery("SELECT period_label(2024, " + p + ")")) {
                    rs.next();
                    assertEquals(new ReportingPeriod(2024, p).label(), rs.getString(1));
                }
            }
        }
    }

    @Test
    void theYearWrapsBetween1To12And1To2() {
        assertEquals(new ReportingPeriod(2025, 2), new ReportingPeriod(2024, 12).next());
        assertEquals(new ReportingPeriod(2024, 7), new ReportingPeriod(2024, 6).next());
        assertEquals(new ReportingPeriod(2023, 12), new ReportingPeriod(2024, 2).previous());
        assertEquals(new ReportingPeriod(2024, 5), new ReportingPeriod(2024, 6).previous());
        assertEquals(new ReportingPeriod(2023, 6), new ReportingPeriod(2024, 6).sameTimeLastYear());
    }

    @Test
    void theLatestFirstHalfAtOrBeforeAPeriod() {
        assertEquals(new ReportingPeriod(2023, 6), new ReportingPeriod(2024, 5).latestFirstHalf());
        assertEquals(new ReportingPeriod(2024, 6), new ReportingPeriod(2024, 6).latestFirstHalf());
        assertEquals(new ReportingPeriod(2024, 6), new ReportingPeriod(2024, 11).latestFirstHalf());
    }

    @Test
    void periodsSortByYearThenMonth() {
        List<ReportingPeriod> sorted = List.copyOf(new TreeSet<>(List.of(new ReportingPeriod(2024, 10),
                new ReportingPeriod(2023, 12), new ReportingPeriod(2024, 2))));
        assertEquals(List.of(new ReportingPeriod(2023, 12), new ReportingPeriod(2024, 2), new ReportingPeriod(2024, 10)),
                sorted, "numerically, not as text: 1-10月 after 1-2月");
        assertTrue(new ReportingPeriod(2024, 10).isAfter(new ReportingPeriod(2024, 2)));
        assertFalse(new ReportingPeriod(2024, 2).isAfter(new ReportingPeriod(2024, 2)));
    }
}
