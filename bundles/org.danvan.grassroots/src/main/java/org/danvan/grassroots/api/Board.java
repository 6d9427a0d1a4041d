package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A People's Inspection Board as stored.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param unitId the commune
 * @param unitName its name when recorded
 * @param name the board's name
 * @param termFrom first day of the term
 * @param termTo last day of the term
 * @param members the members
 * @param recommendations recommendations sent so far
 * @param unanswered of which not answered yet
 */
public record Board(long id, long version, long unitId, String unitName, String name, LocalDate termFrom,
        LocalDate termTo, List<BoardMember> members, long recommendations, long unanswered) {

    public Board {
        members = List.copyOf(members);
    }
}
