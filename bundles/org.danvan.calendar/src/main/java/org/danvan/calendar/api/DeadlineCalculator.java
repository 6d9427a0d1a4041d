package org.danvan.calendar.api;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Computes due dates under the Civil Code 2015, arts. 147–148: the day of the event is not counted, and a
 * deadline whose last day is a non-working day ends on the next working day.
 */
@ProviderType
public interface DeadlineCalculator {

    /**
     * The last day of a time limit.
     * <ul>
     * <li>{@link DayUnit#CALENDAR_DAYS}: {@code eventDate + limit} days, moved to the next working day if that is
     * a non-working day.</li>
     * <li>{@link DayUnit#WORKING_DAYS}: the {@code limit}-th working day after {@code eventDate}.</li>
     * </ul>
     * A limit of 0 ends on the event day itself, or on the next working day if the event day is not one.
     *
     * @param eventDate the day of the event that starts the clock (not counted)
     * @param limit the number of days, 0 or more
     * @param unit how the days are counted
     * @return the due date, always a working day
     * @throws IllegalArgumentException if {@code limit} is negative
     * @throws NullPointerException if {@code eventDate} or {@code unit} is null
     */
    LocalDate dueDate(LocalDate eventDate, int limit, DayUnit unit);

    /**
     * The Civil Code calculator over a given working calendar — the one registered as a service is this over the
     * live calendar; a calendar not yet saved (a preview of an announcement) gives the due dates it would yield.
     *
     * @param calendar the working calendar
     * @return the calculator
     * @since 1.1
     */
    static DeadlineCalculator civilCode(WorkingCalendar calendar) {
        java.util.Objects.requireNonNull(calendar, "calendar");
        return (eventDate, limit, unit) -> {
            java.util.Objects.requireNonNull(eventDate, "eventDate");
            java.util.Objects.requireNonNull(unit, "unit");
            if (limit < 0) {
                throw new IllegalArgumentException("limit must not be negative, was " + limit);
            }
            LocalDate last = switch (unit) {
                case CALENDAR_DAYS -> eventDate.plusDays(limit);
                case WORKING_DAYS -> calendar.addWorkingDays(eventDate, limit);
            };
            // only reachable for calendar days, or a limit of 0 on a non-working event day
            return calendar.isWorkingDay(last) ? last : calendar.nextWorkingDay(last);
        };
    }
}
