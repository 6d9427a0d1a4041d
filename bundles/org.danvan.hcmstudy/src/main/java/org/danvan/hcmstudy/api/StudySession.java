package org.danvan.hcmstudy.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A study session of a programme, planned and then held.
 *
 * @param heldOn the day it was held, {@code null} while only planned
 * @param makeUpOf the session this one makes up for (for those absent from it), or {@code null}
 * @param attendance one line per member on the list when it was held; empty while planned
 */
public record StudySession(long id, long version, long programmeId, long unitId, LocalDate plannedOn, String topic,
        String presenter, LocalDate heldOn, Long makeUpOf, List<Attendance> attendance) {

    public StudySession {
        attendance = List.copyOf(attendance);
    }

    public long present() {
        return attendance.stream().filter(Attendance::present).count();
    }

    /** A member's presence at a held session; an absence carries its reason. */
    public record Attendance(long memberId, String memberName, boolean present, String absenceReason) {
    }
}
