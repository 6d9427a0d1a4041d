package org.danvan.calendar.api;

import java.time.LocalDate;

/**
 * The effect of an announcement before it is saved.
 *
 * @param firstChangedDay the earliest day whose working status would change, {@code null} when none would
 * @param impact what it would do to the open files' due dates ({@link DeadlineImpact#NONE} when no day changes)
 * @since 1.1
 */
public record CalendarPreview(LocalDate firstChangedDay, DeadlineImpact impact) {
}
