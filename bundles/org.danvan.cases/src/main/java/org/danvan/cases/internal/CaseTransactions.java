package org.danvan.cases.internal;

import java.util.function.Function;

import org.danvan.cases.api.CaseConflictException;
import org.danvan.platform.persistence.api.EntityStore;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** One transaction per operation, with optimistic-lock failures turned into {@link CaseConflictException}. */
final class CaseTransactions {

    private CaseTransactions() {
    }

    static <T> T write(EntityStore store, Function<EntityManager, T> work) {
        try {
            return store.inTransaction(work);
        } catch (RuntimeException e) {
            if (causedByOptimisticLock(e)) {
                throw new CaseConflictException(CaseConflictException.CHANGED, e);
            }
            throw e;
        }
    }

    static boolean causedByOptimisticLock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // EclipseLink's own OptimisticLockException (at commit) shares the simple name
            if (t instanceof OptimisticLockException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
