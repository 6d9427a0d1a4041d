package org.danvan.grassroots.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A disclosure as stored, with what the rules say of it today.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param unitId the commune or village that discloses
 * @param unitName that unit's name when it was recorded
 * @param group the item of art. 11
 * @param title what is disclosed
 * @param decisionRef the decision disclosed, or {@code null}
 * @param decidedOn the day the decision was approved
 * @param summary or {@code null}
 * @param postings the forms used
 * @param startDueBy the last day a form had to start (stored when recorded: a later rule row never moves it)
 * @param flags what the rules find wrong
 * @param recordedBy login of the author
 * @param recordedAt when it was recorded
 */
public record Disclosure(long id, long version, long unitId, String unitName, int group, String title,
        String decisionRef, LocalDate decidedOn, String summary, List<Posting> postings, LocalDate startDueBy,
        Set<DisclosureFlag> flags, String recordedBy, Instant recordedAt) {

    public Disclosure {
        postings = List.copyOf(postings);
        flags = Set.copyOf(flags);
    }

    /** The first day any form started, or {@code null}. */
    public LocalDate firstStart() {
        return postings.stream().map(Posting::startOn).min(LocalDate::compareTo).orElse(null);
    }

    /** Whether it started on time (no {@link DisclosureFlag#LATE_START}). */
    public boolean startedOnTime() {
        return !flags.contains(DisclosureFlag.LATE_START);
    }

    /** Whether some form is up on a day. */
    public boolean isUpOn(LocalDate day) {
        return postings.stream().anyMatch(p -> p.isUpOn(day));
    }
}
