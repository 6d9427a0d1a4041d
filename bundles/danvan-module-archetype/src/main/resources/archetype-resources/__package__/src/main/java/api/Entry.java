package ${package}.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry as stored. It belongs to the unit of the user who recorded it: whoever holds {@link EntryService#MANAGE}
 * at that unit or above reads and changes it.
 *
 * @param id database id
 * @param version optimistic-lock version; pass it back to {@link EntryService#update} and {@link EntryService#delete}
 * @param title what happened, at most {@value EntryDraft#TITLE_MAX_LENGTH} characters
 * @param happenedOn the day it happened
 * @param note more detail, or {@code null}
 * @param unitId id of the unit the entry belongs to
 * @param unitName that unit's name when the entry was recorded
 * @param recordedBy login of the user who recorded it
 * @param recordedAt when it was recorded
 */
public record Entry(long id, long version, String title, LocalDate happenedOn, String note, long unitId,
        String unitName, String recordedBy, Instant recordedAt) {
}
