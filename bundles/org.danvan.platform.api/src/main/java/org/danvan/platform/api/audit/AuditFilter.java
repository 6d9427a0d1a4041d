package org.danvan.platform.api.audit;

import java.time.Instant;

/**
 * Criteria for reading the audit trail; every component is optional ({@code null} = no restriction).
 *
 * @param actionPrefix actions starting with this, e.g. {@code identity.} or {@code case.unmask}
 * @param actorLogin exactly this login
 * @param targetType exactly this record kind
 * @param targetId exactly this record id
 * @param from written at or after
 * @param to written before
 */
public record AuditFilter(String actionPrefix, String actorLogin, String targetType, String targetId, Instant from,
        Instant to) {

    /** No restriction. */
    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
