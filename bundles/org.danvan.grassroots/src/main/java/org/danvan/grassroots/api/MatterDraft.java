package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.danvan.platform.api.validation.Violation;

/**
 * What a user writes for a new or changed matter the people decide (Law 10/2022, arts. 15–20).
 *
 * @param unitId the village (or street group) that decides; required
 * @param title the matter, at most {@value #TITLE_MAX_LENGTH} characters
 * @param way how the households decide; required
 * @param options 2 to {@value #MAX_OPTIONS} different options, each at most {@value #OPTION_MAX_LENGTH} characters
 * @param households the village's households, 1 to {@value #MAX_HOUSEHOLDS}
 * @param meetingOn the day of the meeting or ballot; required
 * @param noticeOn the day the meeting was announced, optional, not after the meeting
 * @param initiativeHouseholds households that asked for the meeting (the people's initiative), or {@code null}
 * @param initiativeOn the day they asked; required with {@code initiativeHouseholds}, not after the meeting
 */
public record MatterDraft(Long unitId, String title, DecisionWay way, List<String> options, Integer households,
        LocalDate meetingOn, LocalDate noticeOn, Integer initiativeHouseholds, LocalDate initiativeOn) {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int OPTION_MAX_LENGTH = 200;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_HOUSEHOLDS = 100_000;

    public static final String UNIT_REQUIRED = "grassroots.validation.matter.unit.required";
    public static final String TITLE_REQUIRED = "grassroots.validation.matter.title.required";
    public static final String TITLE_TOO_LONG = "grassroots.validation.matter.title.tooLong";
    public static final String WAY_REQUIRED = "grassroots.validation.matter.way.required";
    public static final String OPTIONS_COUNT = "grassroots.validation.matter.options.count";
    public static final String OPTION_TOO_LONG = "grassroots.validation.matter.option.tooLong";
    public static final String OPTION_TWICE = "grassroots.validation.matter.option.twice";
    public static final String HOUSEHOLDS_RANGE = "grassroots.validation.matter.households.range";
    public static final String MEETING_REQUIRED = "grassroots.validation.matter.meetingOn.required";
    public static final String NOTICE_AFTER_MEETING = "grassroots.validation.matter.noticeOn.afterMeeting";
    public static final String INITIATIVE_RANGE = "grassroots.validation.matter.initiative.range";
    public static final String INITIATIVE_DAY_REQUIRED = "grassroots.validation.matter.initiativeOn.required";
    public static final String INITIATIVE_AFTER_MEETING = "grassroots.validation.matter.initiativeOn.afterMeeting";

    /** Texts stripped, blank options dropped. */
    public MatterDraft {
        title = title == null ? null : title.strip();
        options = options == null ? List.of()
                : options.stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList();
    }

    /** Every rule broken, in field order; empty when valid. */
    public List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", UNIT_REQUIRED));
        }
        if (title == null || title.isEmpty()) {
            problems.add(Violation.of("title", TITLE_REQUIRED));
        } else if (title.length() > TITLE_MAX_LENGTH) {
            problems.add(Violation.of("title", TITLE_TOO_LONG, TITLE_MAX_LENGTH));
        }
        if (way == null) {
            problems.add(Violation.of("way", WAY_REQUIRED));
        }
        if (options.size() < 2 || options.size() > MAX_OPTIONS) {
            problems.add(Violation.of("options", OPTIONS_COUNT, MAX_OPTIONS));
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (option.length() > OPTION_MAX_LENGTH) {
                problems.add(Violation.of("options", OPTION_TOO_LONG, OPTION_MAX_LENGTH));
            } else if (!seen.add(option.toLowerCase(java.util.Locale.ROOT))) {
                problems.add(Violation.of("options", OPTION_TWICE, option));
            }
        }
        if (households == null || households < 1 || households > MAX_HOUSEHOLDS) {
            problems.add(Violation.of("households", HOUSEHOLDS_RANGE, MAX_HOUSEHOLDS));
        }
        if (meetingOn == null) {
            problems.add(Violation.of("meetingOn", MEETING_REQUIRED));
        }
        if (noticeOn != null && meetingOn != null && noticeOn.isAfter(meetingOn)) {
            problems.add(Violation.of("noticeOn", NOTICE_AFTER_MEETING));
        }
        if (initiativeHouseholds != null) {
            if (initiativeHouseholds < 1 || households != null && initiativeHouseholds > households) {
                problems.add(Violation.of("initiativeHouseholds", INITIATIVE_RANGE));
            }
            if (initiativeOn == null) {
                problems.add(Violation.of("initiativeOn", INITIATIVE_DAY_REQUIRED));
            }
        }
        if (initiativeOn != null && meetingOn != null && initiativeOn.isAfter(meetingOn)) {
            problems.add(Violation.of("initiativeOn", INITIATIVE_AFTER_MEETING));
        }
        return List.copyOf(problems);
    }
}
