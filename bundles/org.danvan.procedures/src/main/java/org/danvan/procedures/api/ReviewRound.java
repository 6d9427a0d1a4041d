package org.danvan.procedures.api;

import java.time.LocalDate;

/**
 * A unit's review round of a year (its plan): started on a day, its report due on a working day computed when it
 * started from the rule {@code dueRuleId} in force that day.
 *
 * @param overdue the report day has passed with procedures of the register not yet assessed
 * @param procedures procedures in force in the register when counted
 * @param assessed procedures assessed in this round
 */
public record ReviewRound(long id, long version, long unitId, int year, String title, LocalDate startedOn,
        LocalDate dueOn, String dueRuleId, boolean overdue, int procedures, int assessed) {
}
