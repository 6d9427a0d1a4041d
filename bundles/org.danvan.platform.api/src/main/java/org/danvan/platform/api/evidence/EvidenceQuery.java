package org.danvan.platform.api.evidence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.danvan.platform.api.security.UserPrincipal;

/**
 * What evidence is asked for.
 *
 * @param unitId the unit (its subtree counts)
 * @param personUserId one person's user id, or {@code null} for the unit
 * @param from first day of the period
 * @param to last day of the period
 * @param kinds the kinds wanted; empty for all the provider offers
 * @param asker who asks (evidence shown only where they may see it)
 */
public record EvidenceQuery(long unitId, Long personUserId, LocalDate from, LocalDate to, Set<String> kinds,
        UserPrincipal asker) {

    public EvidenceQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asker, "asker");
        kinds = Set.copyOf(kinds);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " .. " + to);
        }
    }

    /** Whether the asker wants this kind. */
    public boolean wants(String kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }
}
