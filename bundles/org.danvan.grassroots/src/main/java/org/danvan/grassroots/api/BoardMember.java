package org.danvan.grassroots.api;

import java.time.LocalDate;

/**
 * A member of a board.
 *
 * @param name the member's name, at most {@value BoardDraft#NAME_MAX_LENGTH} characters
 * @param villageName the village that elected the member, optional
 * @param communeOfficial whether the person is a commune official or civil servant (not allowed on a commune's
 *        People's Inspection Board)
 * @param electedOn the day of the by-election that brought the member in, {@code null} for the first members
 * @param leftOn the day the member left (the by-election that replaced them), {@code null} while on the board
 */
public record BoardMember(String name, String villageName, boolean communeOfficial, LocalDate electedOn,
        LocalDate leftOn) {

    public BoardMember {
        name = name == null ? null : name.strip();
        villageName = villageName == null || villageName.isBlank() ? null : villageName.strip();
    }

    /** A member elected with the board. */
    public BoardMember(String name, String villageName, boolean communeOfficial) {
        this(name, villageName, communeOfficial, null, null);
    }
}
