package org.danvan.hcmstudy.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.danvan.platform.persistence.api.EntityStore;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * One user command, one transaction; a conflict found at commit reaches the caller as OptimisticLockException. The
 * audit entry of a change is written last inside that transaction ({@link #audited}): the platform's trail joins it,
 * so the change and its entry commit together, and a failing trail rolls the change back.
 */
final class Writes {

    private Writes() {
    }

    /** Runs a change, then {@code record} (its audit entry) last in the same unit of work. */
    static <T> T audited(EntityStore store, Function<EntityManager, T> work, Consumer<T> record) {
        return inTransaction(store, em -> {
            T result = work.apply(em);
            record.accept(result);
            return result;
        });
    }

    static <T> T inTransaction(EntityStore store, Function<EntityManager, T> work) {
        try {
            return store.inTransaction(work);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                // EclipseLink's own exception of that name; matched by name so that no EclipseLink package is imported
                if (t != e && t.getClass().getSimpleName().equals("OptimisticLockException")) {
                    throw (OptimisticLockException) new OptimisticLockException(t.getMessage()).initCause(e);
                }
            }
            throw e;
        }
    }
}
