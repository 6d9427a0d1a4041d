package org.danvan.nationalexport.api;

import java.time.Instant;

/**
 * A record the receiver refused, with its reason. It is sent again only when its content changes.
 *
 * @param recordType {@code case} for a case, else the record type of a module's feed, e.g. {@code reception-entry}
 * @param caseId the record's id within its type (a case's id for a case)
 * @param caseNumber the record's reference: a case's number, a book entry's number, a session's day
 * @param unitId the record's unit
 * @param key the idempotency key of the refused content
 * @param reason the receiver's reason, as it gave it
 * @param at when it was refused
 */
public record RejectedRecord(String recordType, long caseId, String caseNumber, long unitId, String key, String reason,
        Instant at) {

    /** A refused case, as in 1.0. */
    public RejectedRecord(long caseId, String caseNumber, long unitId, String key, String reason, Instant at) {
        this("case", caseId, caseNumber, unitId, key, reason, at);
    }
}
