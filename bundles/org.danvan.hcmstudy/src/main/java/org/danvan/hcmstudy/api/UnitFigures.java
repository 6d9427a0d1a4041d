package org.danvan.hcmstudy.api;

import java.time.LocalDate;

/**
 * The dashboard figures of a unit for a year or a period.
 *
 * @param year the year, or the year of the period's first day
 * @param attendanceExpected member places at held sessions
 * @param attendancePresent of those, present
 * @param from the first day counted
 * @param to the last day counted
 */
public record UnitFigures(long unitId, int year, int members, int sessionsPlanned, int sessionsHeld,
        long attendanceExpected, long attendancePresent, int registered, int midYearReviewed, int yearEndReviewed,
        int assessed, int tasks, int tasksDone, int tasksOverdue, int exemplaryProposed, int exemplaryRecognised,
        LocalDate from, LocalDate to) {

    /** The figures of a whole year. */
    public UnitFigures(long unitId, int year, int members, int sessionsPlanned, int sessionsHeld,
            long attendanceExpected, long attendancePresent, int registered, int midYearReviewed, int yearEndReviewed,
            int assessed, int tasks, int tasksDone, int tasksOverdue, int exemplaryProposed,
            int exemplaryRecognised) {
        this(unitId, year, members, sessionsPlanned, sessionsHeld, attendanceExpected, attendancePresent, registered,
                midYearReviewed, yearEndReviewed, assessed, tasks, tasksDone, tasksOverdue, exemplaryProposed,
                exemplaryRecognised, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Attendance as a share 0..1, or 0 without held sessions. */
    public double attendanceRate() {
        return attendanceExpected == 0 ? 0 : (double) attendancePresent / attendanceExpected;
    }

    /** Whether anything is recorded (or anyone listed) for the unit. */
    public boolean hasAnything() {
        return members > 0 || sessionsPlanned > 0 || sessionsHeld > 0 || registered > 0 || midYearReviewed > 0
                || yearEndReviewed > 0 || assessed > 0 || tasks > 0 || exemplaryProposed > 0
                || exemplaryRecognised > 0;
    }
}
