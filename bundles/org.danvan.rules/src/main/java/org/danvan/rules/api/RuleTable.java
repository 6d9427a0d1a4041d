package org.danvan.rules.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The statutory rule table, versioned by effective date, and the due dates it yields on the working-day calendar.
 */
@ProviderType
public interface RuleTable {

    /** Every rule id known. */
    Set<String> ruleIds();

    /** The row of a rule that applies to an event on a day. */
    Optional<StatutoryRule> rule(String ruleId, LocalDate eventDay);

    /** All rows that apply on a day, one per id, sorted by id. */
    List<StatutoryRule> rulesOn(LocalDate day);

    /** Every row of a rule, oldest first. */
    List<StatutoryRule> history(String ruleId);

    /** The limit a rule sets for an event on a day under the given variants. */
    int limit(String ruleId, LocalDate eventDay, Set<Variant> variants);

    /**
     * The due date: the limit for the variants counted from the event day under the Civil Code (day of the event not
     * counted; an end on a non-working day moves to the next working day).
     *
     * @throws IllegalArgumentException for an unknown rule id or a day before its first row
     */
    LocalDate dueDate(String ruleId, LocalDate eventDay, Set<Variant> variants);

    /**
     * The due date after one more extension: {@code days} counted from {@code currentDue} in the policy's unit.
     *
     * @param extensionsSoFar extensions already granted
     * @param days length of this extension
     * @throws org.danvan.platform.api.validation.ValidationException when the policy allows no further extension,
     *             {@code days} exceeds the policy, or the case is not complex and the policy requires it
     */
    LocalDate extendedDueDate(String ruleId, LocalDate eventDay, LocalDate currentDue, int extensionsSoFar, int days,
            Set<Variant> variants);

    /**
     * The last day on which an act that must precede an event is still on time ("the plan is sent at least 15 days
     * before the round"): the limit for the variants counted back from the event day (the event day not counted) in
     * the row's unit; a last day that is not a working day moves to the previous working day.
     *
     * @param ruleId a time-limit rule id
     * @param eventDay the day of the event the act must precede
     * @param variants the circumstances, may be empty
     * @return the latest day, a working day before {@code eventDay}
     * @throws IllegalArgumentException for an unknown rule id or a day before its first row
     * @since 1.1
     */
    LocalDate latestDayBefore(String ruleId, LocalDate eventDay, Set<Variant> variants);

    /**
     * The row of a legal figure that applies to an event on a day.
     *
     * @param figureId the id of a figure row (unit PERCENT, COUNT, MONTHS, YEARS or VND in its file)
     * @param eventDay the day of the event
     * @return the row, empty if the id is unknown or has no row in force on that day
     * @since 1.1
     */
    Optional<RuleFigure> figure(String figureId, LocalDate eventDay);

    /**
     * All figure rows that apply on a day, one per id, sorted by id.
     *
     * @since 1.1
     */
    List<RuleFigure> figuresOn(LocalDate day);

    /**
     * Every row of a figure, oldest first; empty for an unknown id.
     *
     * @since 1.1
     */
    List<RuleFigure> figureHistory(String figureId);

    /**
     * The same rows computing due dates on another working calendar — a calendar change not saved yet, whose effect
     * on open files is shown before saving. The live table is not changed.
     *
     * @param calendar the working calendar to count on
     * @return a table over the same rows
     * @since 1.2
     */
    RuleTable onCalendar(org.danvan.calendar.api.WorkingCalendar calendar);
}
