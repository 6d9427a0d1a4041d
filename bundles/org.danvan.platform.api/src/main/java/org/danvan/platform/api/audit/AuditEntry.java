package org.danvan.platform.api.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored audit entry.
 *
 * @param sequence position in the chain, from 1, without gaps
 * @param at when it was written (UTC)
 * @param event what was written
 * @param hash hex SHA-256 of the previous entry's hash and this entry's canonical content
 */
public record AuditEntry(long sequence, Instant at, AuditEvent event, String hash) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(hash, "hash");
    }
}
