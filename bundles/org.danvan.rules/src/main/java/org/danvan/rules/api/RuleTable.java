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
}
