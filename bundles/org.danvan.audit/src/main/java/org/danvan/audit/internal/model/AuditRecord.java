package org.danvan.audit.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * One stored audit entry. Never updated, so it carries no version column: every write is an insert under the chain
 * head's lock. Not cached: verification must see what is in the database, including rows edited behind our back.
 */
@Entity(name = "AuditRecord")
@Table(name = "aud_entry")
@Cacheable(false)
public class AuditRecord {

    @Id
    @Column(name = "seq")
    private long seq;

    /**
     * UTC time with microseconds as fixed-width text, {@code 2026-03-29 02:30:00.000001} ({@link UtcTimeText}): a
     * {@code LocalDateTime} in a TIMESTAMP column is bound and read as {@code java.sql.Timestamp} through the JVM's
     * default time zone, and in a zone with summer time a UTC time inside the skipped hour (02:30 on the last Sunday
     * of March in Europe/Paris) came back an hour later on H2 and MariaDB alike, which broke the chain. The hash
     * covers this very text.
     */
    @Column(name = "at", nullable = false, length = 26)
    private String at;

    @Column(nullable = false, length = 128)
    private String action;

    @Column(name = "actor_login", nullable = false, length = 255)
    private String actorLogin;

    @Column(name = "actor_user_id")
    private Long actorUserId;

    @Column(name = "target_type", length = 64)
    private String targetType;

    @Column(name = "target_id", length = 128)
    private String targetId;

    @Column(name = "unit_id")
    private Long unitId;

    /** The details map in its canonical encoding ({@code DetailsCodec}); the hash covers this very text. */
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private String details;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditRecord() {
        // for JPA
    }

    public AuditRecord(long seq, LocalDateTime at, String action, String actorLogin, Long actorUserId,
            String targetType, String targetId, Long unitId, String details, String remoteAddress) {
        this.seq = seq;
        this.at = UtcTimeText.format(at);
        this.action = action;
        this.actorLogin = actorLogin;
        this.actorUserId = actorUserId;
        this.targetType = targetType;
        this.targetId = targetId;
        this.unitId = unitId;
        this.details = details;
        this.remoteAddress = remoteAddress;
    }

    public long getSeq() {
        return seq;
    }

    /** The time, or {@code null} when the stored text is not a time (a row edited by hand). */
    public LocalDateTime getAt() {
        return UtcTimeText.parse(at);
    }

    /** The stored text of the time, as hashed. */
    public String getAtText() {
        return at;
    }

    public String getAction() {
        return action;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public Long getActorUserId() {
        return actorUserId;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getDetails() {
        return details;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getHash() {
        return hash;
    }

    /** Set once, before the insert, from the previous hash and the content above. */
    public void setHash(String hash) {
        this.hash = hash;
    }
}
