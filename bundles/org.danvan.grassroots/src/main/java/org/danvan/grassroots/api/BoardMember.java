package org.danvan.grassroots.api;

/**
 * A member of a People's Inspection Board.
 *
 * @param name the member's name, at most {@value BoardDraft#NAME_MAX_LENGTH} characters
 * @param villageName the village that elected the member, optional
 * @param communeOfficial whether the person is a commune official or civil servant (not allowed on the board)
 */
public record BoardMember(String name, String villageName, boolean communeOfficial) {

    public BoardMember {
        name = name == null ? null : name.strip();
        villageName = villageName == null || villageName.isBlank() ? null : villageName.strip();
    }
}
