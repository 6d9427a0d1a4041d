package org.danvan.hcmstudy.api;

/**
 * What the unit records for one member when a session is held.
 *
 * @param memberId the member (on the unit's list)
 * @param present whether they attended
 * @param absenceReason required when absent, at most {@value #REASON_MAX} characters
 */
public record AttendanceMark(long memberId, boolean present, String absenceReason) {

    public static final int REASON_MAX = 500;

    public AttendanceMark {
        absenceReason = absenceReason == null || absenceReason.isBlank() ? null : absenceReason.strip();
    }
}
