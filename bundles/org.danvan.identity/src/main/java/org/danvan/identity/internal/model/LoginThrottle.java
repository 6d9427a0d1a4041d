package org.danvan.identity.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Recent failed logins of one login name, existing or not (so a lockout does not reveal which accounts exist), and
 * the end of a running automatic lockout. Deleted on a successful login or an administrator's unlock.
 */
@Entity(name = "LoginThrottle")
@Table(name = "idn_login_throttle")
public class LoginThrottle {

    @Id
    @Column(length = 64)
    private String login;

    @Version
    private long version;

    /** Epoch seconds of the failures inside the current window, comma-separated, oldest first. */
    @Column(nullable = false, length = 255)
    private String failures = "";

    /** UTC. */
    @Column(name = "last_failure_at", nullable = false)
    private LocalDateTime lastFailureAt;

    /** UTC; {@code null} when no lockout was triggered. */
    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected LoginThrottle() {
        // for JPA
    }

    public LoginThrottle(String login, LocalDateTime lastFailureAt) {
        this.login = login;
        this.lastFailureAt = lastFailureAt;
    }

    public String getLogin() {
        return login;
    }

    public String getFailures() {
        return failures;
    }

    public void setFailures(String failures) {
        this.failures = failures;
    }

    public LocalDateTime getLastFailureAt() {
        return lastFailureAt;
    }

    public void setLastFailureAt(LocalDateTime lastFailureAt) {
        this.lastFailureAt = lastFailureAt;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(LocalDateTime lockedUntil) {
        this.lockedUntil = lockedUntil;
    }
}
