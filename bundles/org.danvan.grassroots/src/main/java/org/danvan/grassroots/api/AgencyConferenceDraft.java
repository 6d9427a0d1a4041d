package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * An agency's annual conference of civil servants, public employees and workers to record (Law 10/2022, chapter on
 * democracy in agencies [verify the articles after Law 97/2025]).
 *
 * @param unitId the agency; required
 * @param year the year reviewed, from {@value #FIRST_YEAR}
 * @param heldOn the day held; required, in the reviewed year or the next (checked against today by the service)
 * @param staffTotal how many staff the agency has, at least 1
 * @param attended how many attended, from 0 to {@code staffTotal}
 * @param resolutions the resolutions adopted, at most {@value #TEXT_MAX_LENGTH} characters; required
 * @param inspectionBoardId the agency's People's Inspection Board elected at the conference, optional
 */
public record AgencyConferenceDraft(Long unitId, int year, LocalDate heldOn, int staffTotal, int attended,
        String resolutions, Long inspectionBoardId) {

    public static final int FIRST_YEAR = 2023;
    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int MAX_STAFF = 1_000_000;

    public static final String UNIT_REQUIRED = "grassroots.validation.conference.unit";
    /** Argument: the first year. */
    public static final String YEAR = "grassroots.validation.conference.year";
    public static final String HELD_ON = "grassroots.validation.conference.heldOn";
    /** Argument: the largest number. */
    public static final String STAFF = "grassroots.validation.conference.staff";
    public static final String ATTENDED = "grassroots.validation.conference.attended";
    /** Argument: the longest text. */
    public static final String RESOLUTIONS = "grassroots.validation.conference.resolutions";
    public static final String BOARD = "grassroots.validation.conference.board";

    public AgencyConferenceDraft {
        resolutions = resolutions == null ? "" : resolutions.strip();
    }

    /** Every rule broken that needs neither the database nor today, in field order. */
    public List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", UNIT_REQUIRED));
        }
        if (year < FIRST_YEAR || year > 2100) {
            problems.add(Violation.of("year", YEAR, FIRST_YEAR));
        }
        if (heldOn == null || heldOn.getYear() < year || heldOn.getYear() > year + 1) {
            problems.add(Violation.of("heldOn", HELD_ON));
        }
        if (staffTotal < 1 || staffTotal > MAX_STAFF) {
            problems.add(Violation.of("staffTotal", STAFF, MAX_STAFF));
        }
        if (attended < 0 || attended > staffTotal) {
            problems.add(Violation.of("attended", ATTENDED));
        }
        if (resolutions.isEmpty() || resolutions.length() > TEXT_MAX_LENGTH) {
            problems.add(Violation.of("resolutions", RESOLUTIONS, TEXT_MAX_LENGTH));
        }
        return List.copyOf(problems);
    }
}
