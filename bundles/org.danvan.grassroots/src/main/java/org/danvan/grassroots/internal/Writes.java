package org.danvan.grassroots.internal;

import java.util.function.Function;

import org.danvan.platform.persistence.api.EntityStore;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** One user command, one transaction; a conflict found at commit reaches the caller as OptimisticLockException. */
final class Writes {

    private Writes() {
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
