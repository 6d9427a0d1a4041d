package org.danvan.reception.api;

import java.time.LocalDate;

/**
 * The columns of form 03 a reception officer fills in (validated by the service; limits in brackets).
 *
 * @param unitId the unit whose book it is
 * @param receivedOn the day the citizen came (not in the future)
 * @param citizenName name of the citizen, or of the group’s representative [2..200]
 * @param citizenAddress address [..500], or {@code null}
 * @param idNumber citizen identity card number: 9 or 12 digits, or {@code null}
 * @param content what the petition is about [1..4,000]
 * @param petitionKind kind of petition
 * @param peopleCount number of people who came (1..10,000)
 * @param previouslyHandledBy body that already handled it [..500], or {@code null}
 * @param disposition accept, return and guide, or transfer
 * @param transferredTo body the petition is transferred to or the citizen guided to [..500]; required unless accepted
 * @param followUp follow-up [..2,000], or {@code null}
 * @param notes notes [..2,000], or {@code null}
 * @param sessionId the reception session during which it was received, or {@code null}
 * @param refusalGround for a refusal, its ground [3..2,000], required; {@code null} otherwise (since 1.1)
 * @param refusalNoticeOn for a refusal, the day the written notice was sent, or {@code null} (since 1.1)
 */
public record BookEntryDraft(long unitId, LocalDate receivedOn, String citizenName, String citizenAddress,
        String idNumber, String content, PetitionKind petitionKind, int peopleCount, String previouslyHandledBy,
        Disposition disposition, String transferredTo, String followUp, String notes, Long sessionId,
        String refusalGround, LocalDate refusalNoticeOn) {

    /** A draft without refusal, as in 1.0. */
    public BookEntryDraft(long unitId, LocalDate receivedOn, String citizenName, String citizenAddress,
            String idNumber, String content, PetitionKind petitionKind, int peopleCount, String previouslyHandledBy,
            Disposition disposition, String transferredTo, String followUp, String notes, Long sessionId) {
        this(unitId, receivedOn, citizenName, citizenAddress, idNumber, content, petitionKind, peopleCount,
                previouslyHandledBy, disposition, transferredTo, followUp, notes, sessionId, null, null);
    }
}
