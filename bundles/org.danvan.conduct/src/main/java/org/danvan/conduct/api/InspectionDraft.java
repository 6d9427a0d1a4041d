package org.danvan.conduct.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan of an inspection of a public-service place as the user types it.
 *
 * @param unitId the unit whose place is inspected
 * @param place the place (the commune's one-stop office, the health station...)
 * @param plannedOn the day planned
 * @param team the team's members, one a line
 * @param topics what is inspected (attitude towards people, time limits kept, fees posted...)
 * @param caseNumbers reports on officials' conduct in the case engine that led to it (may be empty)
 */
public record InspectionDraft(Long unitId, String place, LocalDate plannedOn, String team, String topics,
        List<String> caseNumbers) {

    public static final int TEXT_MAX = 500;
    public static final int LONG_TEXT_MAX = 4000;

    public static final String UNIT_REQUIRED = "conduct.validation.unit.required";
    /** Argument: the maximum length. */
    public static final String PLACE_REQUIRED = "conduct.validation.place.required";
    public static final String PLANNED_ON = "conduct.validation.plannedOn";
    /** Argument: the maximum length. */
    public static final String TEAM_REQUIRED = "conduct.validation.team.required";
    /** Argument: the maximum length. */
    public static final String TOPICS_REQUIRED = "conduct.validation.topics.required";
}
