package org.danvan.nationalexport.internal.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The adapter's one row (id 1, made by the changelog): outcome of the last batches and the backoff. */
@Entity(name = "NxAdapter")
@Table(name = "nx_adapter")
public class AdapterStateEntity {

    /** The row's id. */
    public static final long ID = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "last_success_at")
    private LocalDateTime lastSuccessAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "last_error_at")
    private LocalDateTime lastErrorAt;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Column(nullable = false)
    private int failures;

    @Column(name = "config_fingerprint", length = 64)
    private String configFingerprint;

    protected AdapterStateEntity() {
    }

    public void succeeded(Instant now) {
        // the last error stays, with its time, for the administrator to read beside the success that followed it
        this.lastSuccessAt = utc(now);
        this.failures = 0;
        this.nextAttemptAt = null;
    }

    public void failed(String error, Instant now, Instant nextAttempt) {
        this.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        this.lastErrorAt = utc(now);
        this.failures++;
        this.nextAttemptAt = utc(nextAttempt);
    }

    /** "Send now": the backoff is lifted. */
    public void attemptNow() {
        this.nextAttemptAt = null;
    }

    public void configured(String fingerprint) {
        this.configFingerprint = fingerprint;
    }

    public Instant getLastSuccessAt() {
        return instant(lastSuccessAt);
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getLastErrorAt() {
        return instant(lastErrorAt);
    }

    public Instant getNextAttemptAt() {
        return instant(nextAttemptAt);
    }

    public int getFailures() {
        return failures;
    }

    public String getConfigFingerprint() {
        return configFingerprint;
    }

    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
