package org.danvan.reception.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;

import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.persistence.api.EntityStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** What every reception service does around a write: one transaction, version checks, the audit entry. */
final class Writes {

    /** Reception days are Vietnamese calendar days, whatever the server's time zone. */
    static final ZoneId VIETNAM = org.danvan.platform.api.time.PlatformTime.ZONE;

    private static final Logger LOG = LoggerFactory.getLogger(Writes.class);

    private final EntityStore store;
    private final AuditTrail audit;
    private final Clock clock;

    Writes(EntityStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    EntityStore store() {
        return store;
    }

    /** Today in Vietnam. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    /** Now in UTC, as stored. */
    LocalDateTime nowUtc() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /**
     * Runs a write in one transaction. A version conflict found at flush or commit (another writer committed between
     * our read and our write) reaches the caller as {@link OptimisticLockException}, which the shell turns into
     * "reload and try again".
     */
    <T> T inTransaction(Function<EntityManager, T> work) {
        try {
            return store.inTransaction(work);
        } catch (OptimisticLockException e) {
            throw e;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                // EclipseLink's own OptimisticLockException (at commit) shares the simple name; matching it by
                // name keeps this bundle free of EclipseLink imports
                if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                    OptimisticLockException conflict = new OptimisticLockException(t.getMessage());
                    conflict.initCause(e);
                    throw conflict;
                }
            }
            throw e;
        }
    }

    /** Refuses a change based on a stale read. */
    static void requireVersion(long actual, long expected, Object entity) {
        if (actual != expected) {
            throw new OptimisticLockException("changed meanwhile (version " + actual + ", expected " + expected + ")",
                    null, entity);
        }
    }

    /**
     * Writes an audit entry for a committed change. The change is already durable, so a failing trail is logged as
     * an error for the operators instead of telling the user the change failed (a retry would duplicate it).
     */
    void audit(String action, UserPrincipal user, String targetType, long targetId, Long unitId,
            Map<String, String> details) {
        try {
            audit.record(new AuditEvent(action, user.login(), user.userId(), targetType, Long.toString(targetId),
                    unitId, details, null));
        } catch (RuntimeException e) {
            LOG.error("Audit entry {} for {} {} by {} could not be written", action, targetType, targetId,
                    user.login(), e);
        }
    }
}
