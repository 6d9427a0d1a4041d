package org.danvan.dashboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void theDefaultIsTheYearToDate() {
        assertEquals(new Period(LocalDate.of(2026, 1, 1), TODAY), Period.yearToDate(TODAY));
    }

    @Test
    void aWellFormedPeriodIsAccepted() {
        Period oneDay = Period.checked(TODAY, TODAY, TODAY);
        assertEquals(TODAY, oneDay.from());
        // the end may lie in the future: a quarter that has not finished yet
        assertEquals(LocalDate.of(2026, 12, 31), Period.checked(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31), TODAY).to());
    }

    @Test
    void emptyDaysAreRefusedOnTheirField() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> Period.checked(null, null, TODAY));
        assertEquals(List.of(Violation.of("from", "dashboard.error.period.missing"),
                Violation.of("to", "dashboard.error.period.missing")), refused.violations());
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> Period.checked(TODAY, TODAY.minusDays(1), TODAY));
        assertEquals(List.of(Violation.of("to", "dashboard.error.period.order")), refused.violations());
    }

    @Test
    void aStartAfterTodayIsRefused() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> Period.checked(TODAY.plusDays(1), TODAY.plusDays(5), TODAY));
        assertEquals(List.of(Violation.of("from", "dashboard.error.period.future")), refused.violations());
    }
}
