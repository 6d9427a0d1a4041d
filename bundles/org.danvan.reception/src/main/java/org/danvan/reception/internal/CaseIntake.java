package org.danvan.reception.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.reception.api.PetitionKind;

/**
 * The case engine as the reception book needs it: registered by {@code CaseEngineIntake} when the case engine is
 * installed. Internal, so the book and its tests do not depend on the engine's API shape.
 */
public interface CaseIntake {

    /**
     * A petition from the reception book for the case engine.
     *
     * @param entryId the book entry it comes from (the case keeps it as its source)
     * @param unitId the unit receiving it
     * @param receivedOn the day the citizen came
     * @param kind the kind of petition as the reception office classified it
     * @param citizenName the citizen's name
     * @param citizenAddress the citizen's address, or {@code null}
     * @param idNumber the identity card number, or {@code null}
     * @param content what it is about
     * @param peopleCount how many people came
     */
    record Petition(long entryId, long unitId, LocalDate receivedOn, PetitionKind kind, String citizenName, String citizenAddress,
            String idNumber, String content, int peopleCount) {
    }

    /**
     * The case already created from the petition's book entry, if any: an earlier attempt that created the case but
     * could not store its id on the entry (connection lost, crash).
     */
    Optional<Long> findExisting(Petition petition, UserPrincipal user);

    /** Creates a case through the engine's intake, committed when this returns; returns its id. */
    long intake(Petition petition, UserPrincipal user);
}
