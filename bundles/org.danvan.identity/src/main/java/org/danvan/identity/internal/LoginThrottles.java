package org.danvan.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.danvan.identity.internal.model.LoginThrottle;
import org.danvan.platform.persistence.api.EntityStore;

import jakarta.persistence.PersistenceException;

/**
 * The automatic lockout: {@value #MAX_FAILURES} failed logins of one login name within a sliding window of
 * {@link #WINDOW} lock it for {@link #LOCK_DURATION}. Counted per login name whether or not an account of that name
 * exists, so the lockout message tells an attacker nothing about which accounts exist. While locked, attempts are not
 * counted (the lock does not extend itself). Stored in the database, so every node and the Karaf console share it.
 */
public final class LoginThrottles {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** Rows without a failure for this long are deleted (unknown login names would otherwise pile up). */
    private static final Duration RETENTION = Duration.ofDays(1);

    private final EntityStore store;

    public LoginThrottles(EntityStore store) {
        this.store = store;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The end of a running lockout of the login name. */
    public Optional<Instant> lockedUntil(String login, Instant now) {
        LoginThrottle throttle = store.read(em -> em.find(LoginThrottle.class, login));
        if (throttle == null || throttle.getLockedUntil() == null) {
            return Optional.empty();
        }
        Instant until = throttle.getLockedUntil().toInstant(ZoneOffset.UTC);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /**
     * Counts a failed attempt.
     *
     * @return the end of the lockout this failure started, or empty
     */
    public Optional<Instant> recordFailure(String login, Instant now) {
        try {
            return store.inTransaction(em -> countFailure(em, login, now));
        } catch (PersistenceException e) {
            // a concurrent failure of the same login created or changed the row first: count on the fresh row
            return store.inTransaction(em -> countFailure(em, login, now));
        }
    }

    private Optional<Instant> countFailure(jakarta.persistence.EntityManager em, String login, Instant now) {
        em.createQuery("DELETE FROM LoginThrottle t WHERE t.lastFailureAt < :cutoff AND t.login <> :login")
                .setParameter("cutoff", utc(now.minus(RETENTION))).setParameter("login", login).executeUpdate();
        LoginThrottle throttle = em.find(LoginThrottle.class, login);
        if (throttle == null) {
            throttle = new LoginThrottle(login, utc(now));
            em.persist(throttle);
        }
        if (throttle.getLockedUntil() != null && throttle.getLockedUntil().toInstant(ZoneOffset.UTC).isAfter(now)) {
            return Optional.empty();
        }
        List<Long> recent = new ArrayList<>();
        long windowStart = now.minus(WINDOW).getEpochSecond();
        for (String part : throttle.getFailures().split(",")) {
            if (!part.isEmpty()) {
                long at = Long.parseLong(part);
                if (at > windowStart) {
                    recent.add(at);
                }
            }
        }
        recent.add(now.getEpochSecond());
        throttle.setLastFailureAt(utc(now));
        if (recent.size() >= MAX_FAILURES) {
            Instant until = now.plus(LOCK_DURATION);
            throttle.setLockedUntil(utc(until));
            throttle.setFailures("");
            return Optional.of(until);
        }
        throttle.setLockedUntil(null);
        throttle.setFailures(String.join(",", recent.stream().map(String::valueOf).toList()));
        return Optional.empty();
    }

    /** Forgets the failures and any lockout of the login name (successful login, administrator's unlock). */
    public void clear(String login) {
        store.run(em -> em.createQuery("DELETE FROM LoginThrottle t WHERE t.login = :login")
                .setParameter("login", login).executeUpdate());
    }

    /** Minutes left of a lockout, rounded up, at least 1. */
    public static long minutesLeft(Instant until, Instant now) {
        long seconds = Math.max(1, Duration.between(now, until).getSeconds());
        return (seconds + 59) / 60;
    }
}
