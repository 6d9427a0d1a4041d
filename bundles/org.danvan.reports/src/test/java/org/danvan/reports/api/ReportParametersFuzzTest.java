package org.danvan.reports.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the report parameters a user chooses (period kind, year, closing day, custom dates, the quarter of a day):
 * every choice gives a period whose first day is not after its last, within the limits, or is refused with a message
 * of the reports bundle — never another exception. Seeds in {@code ReportParametersFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} fuzzes (see the bundle README).
 */
class ReportParametersFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void aPeriodIsBuiltOrRefusedWithAReportsMessage(FuzzedDataProvider data) {
        PeriodKind kind = data.consumeBoolean() ? null : data.pickValue(PeriodKind.values());
        Integer year = data.consumeBoolean() ? null : data.consumeInt();
        int closingDay = data.consumeInt(1, 28);
        LocalDate from = data.consumeBoolean() ? null : day(data);
        LocalDate to = data.consumeBoolean() ? null : day(data);
        LocalDate anyDay = day(data);
        try {
            ReportPeriod period = ReportPeriod.of(kind, year, closingDay);
            sane(period);
            assertTrue(year >= ReportPeriod.MIN_YEAR && year <= ReportPeriod.MAX_YEAR, "year " + year);
        } catch (ValidationException refused) {
            reportsMessages(refused);
        }
        try {
            ReportPeriod period = ReportPeriod.custom(from, to);
            sane(period);
            assertTrue(ChronoUnit.DAYS.between(from, to) < ReportPeriod.MAX_CUSTOM_DAYS + 1, period.toString());
        } catch (ValidationException refused) {
            reportsMessages(refused);
        }
        try {
            ReportPeriod quarter = ReportPeriod.quarterOf(anyDay, closingDay);
            sane(quarter);
            assertFalse(anyDay.isBefore(quarter.from()) || anyDay.isAfter(quarter.to()),
                    anyDay + " lies in its quarter " + quarter);
        } catch (ValidationException refused) {
            reportsMessages(refused);
        }
    }

    private static LocalDate day(FuzzedDataProvider data) {
        return LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
    }

    private static void sane(ReportPeriod period) {
        assertFalse(period.from().isAfter(period.to()), period.toString());
    }

    private static void reportsMessages(ValidationException refused) {
        assertFalse(refused.violations().isEmpty());
        for (Violation violation : refused.violations()) {
            assertTrue(violation.messageKey().startsWith("reports.error."), violation.toString());
        }
    }
}
