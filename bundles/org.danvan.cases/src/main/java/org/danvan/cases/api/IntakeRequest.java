package org.danvan.cases.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reception officer records when a letter or request arrives.
 *
 * @param unitId the receiving (owning) org unit
 * @param kind what the letter is, as first seen (classification may change it)
 * @param channel how it arrived
 * @param forwardedBy the forwarding body, deputy or Front committee, required for the forwarded channels
 * @param petitioners the writer(s); empty for an anonymous denunciation
 * @param group true when a group petitions together
 * @param peopleCount the number of people in the group (1 for a single person)
 * @param concerned the people or body the letter is about (for a denunciation: the person denounced)
 * @param content what the letter says
 * @param receivedOn the day it was received (not in the future)
 * @param sourceType the kind of record the case comes from, e.g. {@code reception-entry}, or {@code null}
 * @param sourceId that record's id, e.g. the reception-book entry id, or {@code null}
 */
public record IntakeRequest(long unitId, CaseKind kind, Channel channel, String forwardedBy,
        List<PersonData> petitioners, boolean group, int peopleCount, String concerned, String content,
        LocalDate receivedOn, String sourceType, String sourceId) {

    public IntakeRequest {
        petitioners = petitioners == null ? List.of() : List.copyOf(petitioners);
    }

    /** A single petitioner's letter without a source record. */
    public static IntakeRequest of(long unitId, CaseKind kind, Channel channel, PersonData petitioner,
            String concerned, String content, LocalDate receivedOn) {
        return new IntakeRequest(unitId, kind, channel, null, petitioner == null ? List.of() : List.of(petitioner),
                false, 1, concerned, content, receivedOn, null, null);
    }

    /** A case created from a citizen-reception book entry (channel reception office, linked back to the entry). */
    public static IntakeRequest fromReceptionEntry(long unitId, CaseKind kind, List<PersonData> petitioners,
            boolean group, int peopleCount, String concerned, String content, LocalDate receivedOn,
            String receptionEntryId) {
        return new IntakeRequest(unitId, kind, Channel.RECEPTION_OFFICE, null, petitioners, group, peopleCount,
                concerned, content, receivedOn, "reception-entry", receptionEntryId);
    }
}
