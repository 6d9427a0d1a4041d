package org.danvan.nationalexport.api;

import java.time.Instant;

/**
 * A record the receiver refused, with its reason. It is sent again only when its content changes.
 *
 * @param caseId the case's id
 * @param caseNumber the case's number
 * @param unitId the case's unit
 * @param key the idempotency key of the refused content
 * @param reason the receiver's reason, as it gave it
 * @param at when it was refused
 */
public record RejectedRecord(long caseId, String caseNumber, long unitId, String key, String reason, Instant at) {
}
