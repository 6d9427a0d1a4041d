package org.danvan.emulation.api;

import java.util.Set;

/**
 * A proposal for an award, from a registration to the council of the awarding level.
 *
 * @param registrationId the evaluated registration
 * @param titleCode the title or form proposed
 * @param awardingUnitId the unit whose authority awards it (the registration's unit or above)
 * @param achievements what the dossier shows for the year
 * @param dossier the dossier's summary (achievements, documents attached on paper)
 */
public record ProposalDraft(long registrationId, String titleCode, long awardingUnitId, Set<Achievement> achievements,
        String dossier) {

    public ProposalDraft {
        achievements = achievements == null ? Set.of() : Set.copyOf(achievements);
    }
}
