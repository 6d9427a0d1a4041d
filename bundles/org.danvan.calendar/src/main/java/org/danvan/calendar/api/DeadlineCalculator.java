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
}
