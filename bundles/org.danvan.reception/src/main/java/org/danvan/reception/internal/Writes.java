package org.danvan.reception.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.persistence.api.EntityStore;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** What every reception service does around a write: one transaction, version checks, the audit entry. */
final class Writes {

    /** Reception days are Vietnamese calendar days, whatever the server's time zone. */
    static final ZoneId VIETNAM = org.danvan.platform.api.time.PlatformTime.ZONE;

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
     * Runs a write as {@link #inTransaction} does, then {@code record} (which calls {@link #audit}) last in the same
     * unit of work: the platform's trail joins that transaction, so the change and its entry commit together, and a
     * failing trail rolls the change back and reaches the user as a failed save.
     */
    <T> T audited(Function<EntityManager, T> work, Consumer<T> record) {
        return inTransaction(em -> {
            T result = work.apply(em);
            record.accept(result);
            return result;
        });
    }

    /** Writes the audit entry of a change; called inside its unit of work (see {@link #audited}). */
    void audit(String action, UserPrincipal user, String targetType, long targetId, Long unitId,
            Map<String, String> details) {
        audit.record(new AuditEvent(action, user.login(), user.userId(), targetType, Long.toString(targetId),
                unitId, details, null));
    }
}
