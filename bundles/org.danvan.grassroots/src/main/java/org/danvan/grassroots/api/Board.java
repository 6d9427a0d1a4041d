package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A board as stored: a commune's People's Inspection Board, a Community Investment Supervision Board (per project)
 * or an agency's People's Inspection Board.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param unitId the commune (or agency)
 * @param unitName its name when recorded
 * @param name the board's name
 * @param termFrom first day of the term (for a project's board: the day it was formed)
 * @param termTo last day of the term (for a project's board: the day the project is planned to end)
 * @param members the members, those who left by a by-election included (see {@link BoardMember#leftOn()})
 * @param recommendations recommendations sent so far
 * @param unanswered of which not answered yet
 * @param kind the kind of board
 * @param projectName the project a supervision board follows, else {@code null}
 * @param dissolvedOn the day the board was dissolved (its project ended), else {@code null}
 */
public record Board(long id, long version, long unitId, String unitName, String name, LocalDate termFrom,
        LocalDate termTo, List<BoardMember> members, long recommendations, long unanswered, BoardKind kind,
        String projectName, LocalDate dissolvedOn) {

    public Board {
        members = List.copyOf(members);
        kind = kind == null ? BoardKind.PEOPLES_INSPECTION : kind;
    }

    /** A commune's People's Inspection Board (the shape of version 1.0). */
    public Board(long id, long version, long unitId, String unitName, String name, LocalDate termFrom,
            LocalDate termTo, List<BoardMember> members, long recommendations, long unanswered) {
        this(id, version, unitId, unitName, name, termFrom, termTo, members, recommendations, unanswered,
                BoardKind.PEOPLES_INSPECTION, null, null);
    }

    /** The members who have not left. */
    public List<BoardMember> currentMembers() {
        return members.stream().filter(m -> m.leftOn() == null).toList();
    }

    /** Whether the board was dissolved. */
    public boolean dissolved() {
        return dissolvedOn != null;
    }
}
