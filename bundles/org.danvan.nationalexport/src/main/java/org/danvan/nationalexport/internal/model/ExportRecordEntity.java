package org.danvan.nationalexport.internal.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * What the export knows of one record (a case, or a record of a module's feed). Changed only through its own methods
 * (attribute change tracking).
 */
@Entity(name = "NxRecord")
@Table(name = "nx_record")
public class ExportRecordEntity {

    /** Changed since last acknowledged: goes in the next batch. */
    public static final String WAITING = "WAITING";
    /** The receiver has the current content. */
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    /** The receiver refused the current content; goes again only when it changes. */
    public static final String REJECTED = "REJECTED";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "nx_record_ids")
    @TableGenerator(name = "nx_record_ids", table = "nx_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "nx_record", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    /** {@code case} for a case of the case engine, else the record type of a module's feed. */
    @Column(name = "record_type", nullable = false, length = 32)
    private String recordType;

    /** The record's id within its type (the column kept its first name, from when only cases went). */
    @Column(name = "case_id", nullable = false)
    private long sourceId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "case_number", nullable = false, length = 32)
    private String caseNumber;

    @Column(nullable = false, length = 16)
    private String state;

    @Column(name = "seen_marker", nullable = false, length = 64)
    private String seenMarker;

    @Column(name = "pending_hash", length = 64)
    private String pendingHash;

    @Column(name = "acked_hash", length = 64)
    private String ackedHash;

    @Column(name = "acked_at")
    private LocalDateTime ackedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "reject_reason", length = 500)
    private String rejectReason;

    @Column(name = "rejected_at")
    private LocalDateTime rejectedAt;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected ExportRecordEntity() {
    }

    /** A record seen for the first time. */
    public static ExportRecordEntity seen(String recordType, long sourceId, long unitId, String number, String marker,
            String hash, Instant now) {
        ExportRecordEntity record = new ExportRecordEntity();
        record.recordType = recordType;
        record.sourceId = sourceId;
        record.unitId = unitId;
        record.caseNumber = number;
        record.seenMarker = marker;
        record.pendingHash = hash;
        record.state = WAITING;
        record.changedAt = utc(now);
        return record;
    }

    /**
     * The record as read now. Its content goes again only if its hash differs from the one acknowledged (or refused):
     * a marker moved by a change the export does not show leaves the record as it was.
     */
    public void observe(long unitId, String number, String marker, String hash, Instant now) {
        this.seenMarker = marker;
        this.unitId = unitId;
        this.caseNumber = number;
        boolean alreadyThere = hash.equals(ackedHash) && ACKNOWLEDGED.equals(state)
                || hash.equals(pendingHash) && !ACKNOWLEDGED.equals(state);
        if (alreadyThere) {
            return;
        }
        if (hash.equals(ackedHash)) {
            // changed back to what the receiver already has
            this.state = ACKNOWLEDGED;
            this.pendingHash = null;
        } else {
            this.state = WAITING;
            this.pendingHash = hash;
            this.attempts = 0;
            this.rejectReason = null;
            this.rejectedAt = null;
        }
        this.changedAt = utc(now);
    }

    /** Put in a batch that failed as a whole. */
    public void attempted() {
        attempts++;
    }

    /** The receiver acknowledged this content. */
    public void acknowledged(String hash, Instant now) {
        this.ackedHash = hash;
        this.ackedAt = utc(now);
        this.attempts++;
        if (hash.equals(pendingHash)) {
            this.state = ACKNOWLEDGED;
            this.pendingHash = null;
        }
    }

    /** The receiver refused this content. */
    public void rejected(String hash, String reason, Instant now) {
        this.attempts++;
        if (hash.equals(pendingHash)) {
            this.state = REJECTED;
            this.rejectReason = reason;
            this.rejectedAt = utc(now);
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecordType() {
        return recordType;
    }

    public long getSourceId() {
        return sourceId;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getState() {
        return state;
    }

    public String getSeenMarker() {
        return seenMarker;
    }

    public String getPendingHash() {
        return pendingHash;
    }

    public String getAckedHash() {
        return ackedHash;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public Instant getRejectedAt() {
        return instant(rejectedAt);
    }

    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
