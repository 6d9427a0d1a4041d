package org.danvan.cases.api.feed;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as it leaves the installation. For a denunciation {@code identityProtected} is true and
 * {@code petitioners} is empty whatever the case holds: a denouncer's identity is a state secret (Law on
 * Denunciations 2018, Art. 47) and never leaves the case engine through the feed.
 *
 * @param id the case's id
 * @param marker its change marker
 * @param number the case number, e.g. {@code 2026/15}
 * @param unitId the receiving org unit's id
 * @param kind the {@code CaseKind} name
 * @param status the {@code CaseStatus} name
 * @param channel the {@code Channel} name
 * @param receivedOn day received
 * @param dueDate current due date, {@code null} if no clock runs
 * @param content the petition's content
 * @param group whether several people petitioned together
 * @param peopleCount how many people
 * @param outcome the {@code Outcome} name, {@code null} before a resolution
 * @param resolvedOn day resolved, {@code null} before
 * @param resolvedLate whether the resolution came after the due date, {@code null} before
 * @param identityProtected whether the petitioners' identity is withheld: always for a denunciation, and while the
 *            case is received or classified (its kind may still become a denunciation)
 * @param petitionerCount how many petitioners the case records (also for a protected identity)
 * @param petitioners the petitioners' names and addresses, empty when protected
 * @param steps the handling steps, oldest first
 */
public record FeedCase(long id, CaseMarker marker, String number, long unitId, String kind, String status,
        String channel, LocalDate receivedOn, LocalDate dueDate, String content, boolean group, int peopleCount,
        String outcome, LocalDate resolvedOn, Boolean resolvedLate, boolean identityProtected, int petitionerCount,
        List<FeedPerson> petitioners, List<FeedStep> steps) {

    public FeedCase {
        petitioners = List.copyOf(petitioners);
        steps = List.copyOf(steps);
    }
}
