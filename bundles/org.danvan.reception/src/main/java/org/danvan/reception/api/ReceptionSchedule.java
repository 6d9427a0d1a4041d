package org.danvan.reception.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The leaders' reception schedule of a unit and the checks the law imposes on it: the head of a commune receives
 * citizens at least one day a week, the head of a province at least one day a month (the minimums are
 * {@link FrequencyRule}s), and from 1 July 2026 may not delegate this to a deputy.
 * <p>
 * Every method checks the user's permission on the unit with AccessControl; refused input throws
 * {@link org.danvan.platform.api.validation.ValidationException}, a stale version
 * {@link jakarta.persistence.OptimisticLockException}.
 */
@ProviderType
public interface ReceptionSchedule {

    /** Plans a session ({@link ReceptionPermissions#SCHEDULE}). */
    ReceptionSession schedule(SessionDraft draft, UserPrincipal user);

    /** Changes a planned session's day, place, kind, leader or note ({@link ReceptionPermissions#SCHEDULE}). */
    ReceptionSession reschedule(long sessionId, long expectedVersion, SessionDraft draft, UserPrincipal user);

    /**
     * Records that a session was held and who actually received the citizens ({@link ReceptionPermissions#SCHEDULE}).
     *
     * @param receivedByUserId the user id of who received, {@code null} if not a DanVan user
     * @param receivedByName the name of who received
     * @param role whether that was the head or a deputy
     */
    ReceptionSession recordHeld(long sessionId, long expectedVersion, Long receivedByUserId, String receivedByName,
            LeaderRole role, UserPrincipal user);

    /**
     * Records, for an online session, the day the citizens were notified and the day the connection was tested
     * ({@link ReceptionPermissions#SCHEDULE}); either may be {@code null} (not yet). Late days are warned.
     *
     * @since 1.1
     */
    ReceptionSession recordOnlinePreparation(long sessionId, long expectedVersion, LocalDate citizenNotifiedOn,
            LocalDate connectionTestedOn, UserPrincipal user);

    /** Calls a planned session off ({@link ReceptionPermissions#SCHEDULE}). */
    ReceptionSession cancel(long sessionId, long expectedVersion, UserPrincipal user);

    /** The sessions of a unit between two days, both included, by day ({@link ReceptionPermissions#VIEW}). */
    List<ReceptionSession> sessions(long unitId, LocalDate from, LocalDate to, UserPrincipal user);

    /**
     * What is wrong with a unit's schedule in the weeks or months overlapping {@code from..to}: periods below the
     * minimum of the rule for the unit's kind, and delegated sessions after the ban ({@link ReceptionPermissions#VIEW}).
     * A unit whose kind has no rule has no frequency warnings. Periods are evaluated against today: a past period
     * counts held sessions only; a current or future one counts planned sessions as well.
     *
     * @return the warnings, by period start
     */
    List<ScheduleWarning> warnings(long unitId, LocalDate from, LocalDate to, UserPrincipal user);

    /** The minimum-frequency rules, by unit kind (any signed-in user). */
    List<FrequencyRule> frequencyRules();

    /**
     * Changes a rule; only a holder of {@link ReceptionPermissions#SCHEDULE} at a root unit (the whole installation)
     * may.
     */
    FrequencyRule updateFrequencyRule(long ruleId, long expectedVersion, FrequencyPeriod period, int minimumDays,
            String legalSource, LocalDate delegationBannedFrom, String delegationSource, UserPrincipal user);
}
