package org.danvan.reception.api;

import java.time.LocalDate;

/**
 * What a user enters to plan a reception session (validated by the service).
 *
 * @param unitId the unit whose leader receives
 * @param date the day
 * @param place where, e.g. {@code Trụ sở tiếp công dân xã}; at most 255 characters
 * @param kind regular or ad hoc
 * @param leaderUserId the planned leader's user id, {@code null} if not a DanVan user
 * @param leaderName the planned leader's name; at most 255 characters
 * @param leaderRole whether the planned leader is the head or a deputy
 * @param note free text, at most 2,000 characters, or {@code null}
 * @param online an online session (Law 136/2025/QH15, new art. 3a; from 1 July 2026), since 1.1
 */
public record SessionDraft(long unitId, LocalDate date, String place, SessionKind kind, Long leaderUserId,
        String leaderName, LeaderRole leaderRole, String note, boolean online) {

    /** An in-person session, as in 1.0. */
    public SessionDraft(long unitId, LocalDate date, String place, SessionKind kind, Long leaderUserId,
            String leaderName, LeaderRole leaderRole, String note) {
        this(unitId, date, place, kind, leaderUserId, leaderName, leaderRole, note, false);
    }
}
