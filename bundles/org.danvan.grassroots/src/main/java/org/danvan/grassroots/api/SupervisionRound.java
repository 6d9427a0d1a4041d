package org.danvan.grassroots.api;

import java.time.LocalDate;

/**
 * A round of inspection or supervision a board carried out, and what it found.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param boardId the board
 * @param subject what was inspected or supervised
 * @param startedOn first day
 * @param endedOn last day
 * @param findings what the board found
 */
public record SupervisionRound(long id, long version, long boardId, String subject, LocalDate startedOn,
        LocalDate endedOn, String findings) {
}
