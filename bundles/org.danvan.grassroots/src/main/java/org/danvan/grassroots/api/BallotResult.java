package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * The count of a meeting or household ballot.
 *
 * @param votes households in favour of each option, in the matter's order
 * @param householdsTakingPart households that voted (or attended), at least the sum of the votes
 * @param decidedOn the day of the count: the record's clock starts there; not in the future
 */
public record BallotResult(List<Integer> votes, Integer householdsTakingPart, LocalDate decidedOn) {

    public static final String VOTES_COUNT = "grassroots.validation.ballot.votes.count";
    public static final String VOTES_RANGE = "grassroots.validation.ballot.votes.range";
    public static final String TAKING_PART_RANGE = "grassroots.validation.ballot.takingPart.range";
    public static final String DECIDED_REQUIRED = "grassroots.validation.ballot.decidedOn.required";
    public static final String DECIDED_BEFORE_MEETING = "grassroots.validation.ballot.decidedOn.beforeMeeting";
    public static final String DECIDED_FUTURE = "grassroots.validation.ballot.decidedOn.future";

    public BallotResult {
        votes = votes == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(votes));
    }

    /** Checks the count against the matter it is for and today's date in Vietnam. */
    public List<Violation> validate(int optionCount, int households, LocalDate meetingOn, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (votes.size() != optionCount) {
            problems.add(Violation.of("votes", VOTES_COUNT, optionCount));
        }
        long sum = 0;
        for (Integer v : votes) {
            if (v == null || v < 0 || v > households) {
                problems.add(Violation.of("votes", VOTES_RANGE, households));
                break;
            }
            sum += v;
        }
        if (householdsTakingPart == null || householdsTakingPart < sum || householdsTakingPart > households) {
            problems.add(Violation.of("householdsTakingPart", TAKING_PART_RANGE, households));
        }
        if (decidedOn == null) {
            problems.add(Violation.of("decidedOn", DECIDED_REQUIRED));
        } else if (decidedOn.isBefore(meetingOn)) {
            problems.add(Violation.of("decidedOn", DECIDED_BEFORE_MEETING));
        } else if (decidedOn.isAfter(today)) {
            problems.add(Violation.of("decidedOn", DECIDED_FUTURE));
        }
        return List.copyOf(problems);
    }
}
