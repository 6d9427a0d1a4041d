package org.danvan.hcmstudy.api;

/**
 * The dashboard figures of a unit for a year.
 *
 * @param attendanceExpected member places at held sessions
 * @param attendancePresent of those, present
 */
public record UnitFigures(long unitId, int year, int members, int sessionsPlanned, int sessionsHeld,
        long attendanceExpected, long attendancePresent, int registered, int midYearReviewed, int yearEndReviewed,
        int assessed, int tasks, int tasksDone, int tasksOverdue, int exemplaryProposed, int exemplaryRecognised) {

    /** Attendance as a share 0..1, or 0 without held sessions. */
    public double attendanceRate() {
        return attendanceExpected == 0 ? 0 : (double) attendancePresent / attendanceExpected;
    }
}
