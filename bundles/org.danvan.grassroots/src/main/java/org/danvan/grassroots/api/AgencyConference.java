package org.danvan.grassroots.api;

import java.time.LocalDate;

/**
 * An agency's annual conference of civil servants, public employees and workers, as stored.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param unitId the agency
 * @param unitName its name when recorded
 * @param year the year the conference reviews
 * @param heldOn the day it was held
 * @param staffTotal how many staff the agency has
 * @param attended how many attended
 * @param resolutions the resolutions adopted
 * @param inspectionBoardId the agency's People's Inspection Board elected at it ({@link BoardKind#AGENCY_INSPECTION}),
 *        or {@code null}
 * @param aspirations staff aspirations recorded
 * @param unanswered of which not answered yet
 */
public record AgencyConference(long id, long version, long unitId, String unitName, int year, LocalDate heldOn,
        int staffTotal, int attended, String resolutions, Long inspectionBoardId, long aspirations, long unanswered) {

    /** The share of the staff who attended, in percent (0 when the agency has no staff recorded). */
    public double attendancePercent() {
        return staffTotal == 0 ? 0 : 100.0 * attended / staffTotal;
    }
}
