package org.danvan.grassroots.api;

/**
 * A member of a Steering Committee for grassroots democracy.
 *
 * @param name the member's name, at most {@value SteeringCommitteeDraft#NAME_MAX_LENGTH} characters
 * @param position the member's position (e.g. "Phó Bí thư Đảng ủy – Trưởng ban"), optional
 */
public record SteeringMember(String name, String position) {

    public SteeringMember {
        name = name == null ? null : name.strip();
        position = position == null || position.isBlank() ? null : position.strip();
    }
}
