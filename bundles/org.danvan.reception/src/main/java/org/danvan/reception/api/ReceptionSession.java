package org.danvan.reception.api;

import java.time.LocalDate;

/**
 * A leader's reception session, planned or held.
 *
 * @param id database id
 * @param version optimistic-lock version, to pass back when changing it
 * @param unitId the unit whose leader receives
 * @param date the day
 * @param place where
 * @param kind regular or ad hoc
 * @param status scheduled, held or cancelled
 * @param plannedLeaderUserId user id of the planned leader, or {@code null}
 * @param plannedLeaderName name of the planned leader
 * @param plannedLeaderRole head or deputy, as planned
 * @param receivedByUserId user id of who actually received (once held), or {@code null}
 * @param receivedByName name of who actually received (once held), or {@code null}
 * @param receivedByRole head or deputy, as held, or {@code null} before
 * @param note free text, or {@code null}
 * @param online whether the session is held online (since 1.1)
 * @param citizenNotifiedOn for an online session, the day the citizens were notified, or {@code null} (since 1.1)
 * @param connectionTestedOn for an online session, the day the connection was tested, or {@code null} (since 1.1)
 */
public record ReceptionSession(long id, long version, long unitId, LocalDate date, String place, SessionKind kind,
        SessionStatus status, Long plannedLeaderUserId, String plannedLeaderName, LeaderRole plannedLeaderRole,
        Long receivedByUserId, String receivedByName, LeaderRole receivedByRole, String note, boolean online,
        LocalDate citizenNotifiedOn, LocalDate connectionTestedOn) {

    /** An in-person session, as in 1.0. */
    public ReceptionSession(long id, long version, long unitId, LocalDate date, String place, SessionKind kind,
            SessionStatus status, Long plannedLeaderUserId, String plannedLeaderName, LeaderRole plannedLeaderRole,
            Long receivedByUserId, String receivedByName, LeaderRole receivedByRole, String note) {
        this(id, version, unitId, date, place, kind, status, plannedLeaderUserId, plannedLeaderName,
                plannedLeaderRole, receivedByUserId, receivedByName, receivedByRole, note, false, null, null);
    }

    /** Whether the head delegated this session: held by a deputy. */
    public boolean delegated() {
        return status == SessionStatus.HELD && receivedByRole == LeaderRole.DEPUTY;
    }
}
