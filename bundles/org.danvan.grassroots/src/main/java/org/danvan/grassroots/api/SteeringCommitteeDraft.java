package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * A Steering Committee for grassroots democracy to record.
 *
 * @param unitId the unit; required
 * @param name the committee's name, at most {@value #NAME_MAX_LENGTH} characters
 * @param establishedOn the day of the decision establishing it; required (not after today: checked by the service)
 * @param members at least one, each with a name
 */
public record SteeringCommitteeDraft(Long unitId, String name, LocalDate establishedOn, List<SteeringMember> members) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int MAX_MEMBERS = 100;
    public static final String UNIT_REQUIRED = "grassroots.validation.steering.unit";
    /** Argument: the longest name. */
    public static final String NAME = "grassroots.validation.steering.name";
    public static final String ESTABLISHED_ON = "grassroots.validation.steering.establishedOn";
    /** Arguments: the longest name, the most members. */
    public static final String MEMBERS = "grassroots.validation.steering.members";

    public SteeringCommitteeDraft {
        name = name == null ? "" : name.strip();
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** Every rule broken that needs neither the database nor today, in field order. */
    public List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", UNIT_REQUIRED));
        }
        if (name.isEmpty() || name.length() > NAME_MAX_LENGTH) {
            problems.add(Violation.of("name", NAME, NAME_MAX_LENGTH));
        }
        if (establishedOn == null) {
            problems.add(Violation.of("establishedOn", ESTABLISHED_ON));
        }
        if (members.isEmpty() || members.size() > MAX_MEMBERS || members.stream().anyMatch(m -> m.name() == null
                || m.name().isEmpty() || m.name().length() > NAME_MAX_LENGTH
                || m.position() != null && m.position().length() > NAME_MAX_LENGTH)) {
            problems.add(Violation.of("members", MEMBERS, NAME_MAX_LENGTH, MAX_MEMBERS));
        }
        return List.copyOf(problems);
    }
}
