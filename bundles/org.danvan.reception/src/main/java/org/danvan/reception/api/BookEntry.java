package org.danvan.reception.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of the reception book (form 03), with the citizen's personal data decrypted for the reader.
 *
 * @param id database id
 * @param version optimistic-lock version, to pass back when changing it
 * @param unitId the unit whose book it is
 * @param year the book's year
 * @param number the entry's number in that unit's book of that year: 1, 2, 3, ... without gaps
 * @param receivedOn the day the citizen came
 * @param citizenName name of the citizen (personal data)
 * @param citizenAddress address (personal data), or {@code null}
 * @param idNumber identity card number (personal data), or {@code null}
 * @param content what the petition is about
 * @param petitionKind kind of petition
 * @param peopleCount number of people who came
 * @param previouslyHandledBy body that already handled it, or {@code null}
 * @param disposition what was done with it
 * @param transferredTo body it was transferred or guided to, or {@code null}
 * @param followUp follow-up, or {@code null}
 * @param notes notes, or {@code null}
 * @param sessionId the reception session, or {@code null}
 * @param caseId the case created from this entry, or {@code null}
 * @param recordedBy login of who recorded it
 * @param recordedAt when it was recorded
 * @param refusalGround the ground of a refused reception, or {@code null} (since 1.1)
 * @param refusalNoticeOn the day the refusal notice was sent, or {@code null} (since 1.1)
 */
public record BookEntry(long id, long version, long unitId, int year, int number, LocalDate receivedOn,
        String citizenName, String citizenAddress, String idNumber, String content, PetitionKind petitionKind,
        int peopleCount, String previouslyHandledBy, Disposition disposition, String transferredTo, String followUp,
        String notes, Long sessionId, Long caseId, String recordedBy, Instant recordedAt,
        String refusalGround, LocalDate refusalNoticeOn) {

    /** An entry without refusal, as in 1.0. */
    public BookEntry(long id, long version, long unitId, int year, int number, LocalDate receivedOn,
            String citizenName, String citizenAddress, String idNumber, String content, PetitionKind petitionKind,
            int peopleCount, String previouslyHandledBy, Disposition disposition, String transferredTo, String followUp,
            String notes, Long sessionId, Long caseId, String recordedBy, Instant recordedAt) {
        this(id, version, unitId, year, number, receivedOn, citizenName, citizenAddress, idNumber, content,
                petitionKind, peopleCount, previouslyHandledBy, disposition, transferredTo, followUp, notes, sessionId,
                caseId, recordedBy, recordedAt, null, null);
    }
}
