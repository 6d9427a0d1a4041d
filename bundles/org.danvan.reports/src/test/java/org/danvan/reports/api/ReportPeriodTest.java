package org.danvan.reports.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.danvan.platform.api.validation.ValidationException;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static void assertPeriod(PeriodKind kind, int year, String from, String to) {
        ReportPeriod period = ReportPeriod.of(kind, year);
        assertEquals(LocalDate.parse(from), period.from(), kind + " from");
        assertEquals(LocalDate.parse(to), period.to(), kind + " to");
        assertEquals(year, period.year());
        assertEquals(kind, period.kind());
    }

    @Test
    void quartersRunFromThe15thOfTheMonthBeforeToThe14thOfTheirLastMonth() {
        assertPeriod(PeriodKind.Q1, 2026, "2025-12-15", "2026-03-14");
        assertPeriod(PeriodKind.Q2, 2026, "2026-03-15", "2026-06-14");
        assertPeriod(PeriodKind.Q3, 2026, "2026-06-15", "2026-09-14");
        assertPeriod(PeriodKind.Q4, 2026, "2026-09-15", "2026-12-14");
    }

    @Test
    void sixNineMonthsAndYearStartWithTheYearsFirstQuarter() {
        assertPeriod(PeriodKind.FIRST_6_MONTHS, 2024, "2023-12-15", "2024-06-14");
        assertPeriod(PeriodKind.FIRST_9_MONTHS, 2024, "2023-12-15", "2024-09-14");
        assertPeriod(PeriodKind.YEAR, 2024, "2023-12-15", "2024-12-14");
    }

    @Test
    void consecutiveYearsLeaveNoGapAndNoOverlap() {
        for (int year = 2020; year <= 2030; year++) {
            assertEquals(ReportPeriod.of(PeriodKind.YEAR, year).to().plusDays(1),
                    ReportPeriod.of(PeriodKind.YEAR, year + 1).from());
            assertEquals(ReportPeriod.of(PeriodKind.Q4, year).to(), ReportPeriod.of(PeriodKind.YEAR, year).to());
            assertEquals(ReportPeriod.of(PeriodKind.Q1, year).to().plusDays(1),
                    ReportPeriod.of(PeriodKind.Q2, year).from());
        }
    }

    @Test
    void theQuarterOfADayFollowsTheClosingDates() {
        assertEquals(ReportPeriod.of(PeriodKind.Q4, 2026), ReportPeriod.quarterOf(LocalDate.of(2026, 12, 14)));
        assertEquals(ReportPeriod.of(PeriodKind.Q1, 2027), ReportPeriod.quarterOf(LocalDate.of(2026, 12, 15)));
        assertEquals(ReportPeriod.of(PeriodKind.Q1, 2027), ReportPeriod.quarterOf(LocalDate.of(2027, 3, 14)));
        assertEquals(ReportPeriod.of(PeriodKind.Q2, 2027), ReportPeriod.quarterOf(LocalDate.of(2027, 3, 15)));
        assertEquals(ReportPeriod.of(PeriodKind.Q3, 2027), ReportPeriod.quarterOf(LocalDate.of(2027, 9, 14)));
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() < 2027; day = day.plusDays(1)) {
            ReportPeriod quarter = ReportPeriod.quarterOf(day);
            assertTrue(!day.isBefore(quarter.from()) && !day.isAfter(quarter.to()), day + " in " + quarter);
        }
    }

    @Test
    void customDatesAreTakenAsGivenBothDaysIncluded() {
        ReportPeriod period = ReportPeriod.custom(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1));
        assertEquals(PeriodKind.CUSTOM, period.kind());
        assertEquals(null, period.year());
        assertEquals(period.from(), period.to());
    }

    @Test
    void badInputIsRefusedWithTranslationKeys() {
        assertKey("reports.error.year", () -> ReportPeriod.of(PeriodKind.Q1, 1999));
        assertKey("reports.error.year", () -> ReportPeriod.of(PeriodKind.Q1, 2101));
        assertKey("reports.error.year", () -> ReportPeriod.of(PeriodKind.YEAR, null));
        assertKey("reports.error.period.kind", () -> ReportPeriod.of(null, 2026));
        assertKey("reports.error.period.kind", () -> ReportPeriod.of(PeriodKind.CUSTOM, 2026));
        assertKey("reports.error.from.missing", () -> ReportPeriod.custom(null, LocalDate.of(2026, 1, 1)));
        assertKey("reports.error.to.missing", () -> ReportPeriod.custom(LocalDate.of(2026, 1, 1), null));
        assertKey("reports.error.to.beforeFrom",
                () -> ReportPeriod.custom(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)));
        assertKey("reports.error.period.tooLong",
                () -> ReportPeriod.custom(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 5)));
        // five years exactly is still accepted
        ReportPeriod.custom(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31));
    }

    /** Circular 02/2021 for a period that ended before 30 September 2025, Circular 06/2025 from then on. */
    @Test
    void theLegalBasisFollowsThePeriod() {
        assertEquals("reports.file.basis.c02-2021", ReportPeriod.of(PeriodKind.FIRST_6_MONTHS, 2025).legalBasisKey(),
                "15/12/2024 – 14/06/2025");
        assertEquals("reports.file.basis.c02-2021",
                ReportPeriod.custom(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 29)).legalBasisKey());
        assertEquals("reports.file.basis.c06-2025",
                ReportPeriod.custom(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)).legalBasisKey());
        assertEquals("reports.file.basis.c06-2025", ReportPeriod.of(PeriodKind.Q4, 2025).legalBasisKey(),
                "15/09/2025 – 14/12/2025, produced under the new circular");
        assertEquals("reports.file.basis.c06-2025", ReportPeriod.of(PeriodKind.Q1, 2026).legalBasisKey());
    }

    /** The data cut-off day is a setting; 14 by default. */
    @Test
    void theClosingDayIsASetting() {
        assertEquals(ReportPeriod.of(PeriodKind.Q1, 2026), ReportPeriod.of(PeriodKind.Q1, 2026, 14));
        ReportPeriod q1 = ReportPeriod.of(PeriodKind.Q1, 2026, 20);
        assertEquals(LocalDate.of(2025, 12, 21), q1.from());
        assertEquals(LocalDate.of(2026, 3, 20), q1.to());
        assertEquals(LocalDate.of(2026, 3, 21), ReportPeriod.of(PeriodKind.Q2, 2026, 20).from());
        assertEquals(q1, ReportPeriod.quarterOf(LocalDate.of(2025, 12, 21), 20));
        assertEquals(PeriodKind.Q4, ReportPeriod.quarterOf(LocalDate.of(2025, 12, 20), 20).kind());
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.of(PeriodKind.Q1, 2026, 29));
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.quarterOf(LocalDate.of(2026, 1, 1), 0));
    }

    private static void assertKey(String key, Runnable action) {
        ValidationException refused = assertThrows(ValidationException.class, action::run);
        assertEquals(key, refused.violations().get(0).messageKey());
    }
}
