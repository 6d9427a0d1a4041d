package org.danvan.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

/**
 * The period of the periodic figures, both days included, as the user typed it.
 *
 * @param from first day
 * @param to last day
 */
record Period(LocalDate from, LocalDate to) {

    /** From the first of January to today. */
    static Period yearToDate(LocalDate today) {
        return new Period(today.withDayOfYear(1), today);
    }

    /**
     * Checks the user's input.
     *
     * @throws ValidationException {@code dashboard.error.period.missing} (a day is empty),
     *             {@code dashboard.error.period.order} (the end lies before the start) or
     *             {@code dashboard.error.period.future} (the start lies after today)
     */
    static Period checked(LocalDate from, LocalDate to, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(Violation.of("from", "dashboard.error.period.missing"));
        }
        if (to == null) {
            violations.add(Violation.of("to", "dashboard.error.period.missing"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(Violation.of("to", "dashboard.error.period.order"));
        }
        if (from != null && from.isAfter(today)) {
            violations.add(Violation.of("from", "dashboard.error.period.future"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new Period(from, to);
    }
}
