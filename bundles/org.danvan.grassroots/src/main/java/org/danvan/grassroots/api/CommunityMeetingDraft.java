package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * A dialogue conference or year-end community meeting to record.
 *
 * @param unitId the commune; required
 * @param kind required
 * @param year the year it belongs to; the meeting is held in it or in the first quarter of the next (checked here)
 * @param heldOn required, not after today (checked by the service)
 * @param villageName the village, required for a year-end meeting, at most {@value #TEXT_SHORT} characters
 * @param attendees at least 1
 * @param issues the issues raised, required, at most {@value #TEXT_LONG} characters
 * @param commitments the answers and commitments, at most {@value #TEXT_LONG} characters
 */
public record CommunityMeetingDraft(Long unitId, CommunityMeetingKind kind, int year, LocalDate heldOn,
        String villageName, int attendees, String issues, String commitments) {

    public static final int TEXT_SHORT = 200;
    public static final int TEXT_LONG = 4000;
    public static final String UNIT_REQUIRED = "grassroots.validation.meeting.unit";
    public static final String KIND = "grassroots.validation.meeting.kind";
    public static final String HELD_ON = "grassroots.validation.meeting.heldOn";
    /** Argument: the longest name. */
    public static final String VILLAGE = "grassroots.validation.meeting.village";
    public static final String ATTENDEES = "grassroots.validation.meeting.attendees";
    /** Argument: the longest text. */
    public static final String ISSUES = "grassroots.validation.meeting.issues";
    /** Argument: the longest text. */
    public static final String COMMITMENTS = "grassroots.validation.meeting.commitments";
    /** The same meeting (kind, year, village) is already recorded. */
    public static final String DUPLICATE = "grassroots.validation.meeting.duplicate";

    public CommunityMeetingDraft {
        villageName = kind != CommunityMeetingKind.YEAR_END_MEETING || villageName == null || villageName.isBlank()
                ? null : villageName.strip();
        issues = issues == null ? "" : issues.strip();
        commitments = commitments == null ? "" : commitments.strip();
    }

    /** Every rule broken that needs neither the database nor today, in field order. */
    public List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", UNIT_REQUIRED));
        }
        if (kind == null) {
            problems.add(Violation.of("kind", KIND));
        }
        if (heldOn == null || heldOn.getYear() != year
                && !(heldOn.getYear() == year + 1 && heldOn.getMonthValue() <= 3)) {
            problems.add(Violation.of("heldOn", HELD_ON));
        }
        if (kind == CommunityMeetingKind.YEAR_END_MEETING && (villageName == null
                || villageName.length() > TEXT_SHORT)) {
            problems.add(Violation.of("villageName", VILLAGE, TEXT_SHORT));
        }
        if (attendees < 1 || attendees > 1_000_000) {
            problems.add(Violation.of("attendees", ATTENDEES));
        }
        if (issues.isEmpty() || issues.length() > TEXT_LONG) {
            problems.add(Violation.of("issues", ISSUES, TEXT_LONG));
        }
        if (commitments.length() > TEXT_LONG) {
            problems.add(Violation.of("commitments", COMMITMENTS, TEXT_LONG));
        }
        return List.copyOf(problems);
    }
}
