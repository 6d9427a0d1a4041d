package org.danvan.identity.internal;

import java.util.function.Consumer;

import org.danvan.identity.internal.model.UserAccount;
import org.danvan.platform.persistence.api.EntityStore;

import jakarta.persistence.OptimisticLockException;

/** Two units of work that read the same account, then write it one after the other. */
final class EntityStoreRace {

    private final EntityStore store;

    EntityStoreRace(EntityStore store) {
        this.store = store;
    }

    /** Returns the exception the second writer got, or {@code null} if it was not refused. */
    RuntimeException run(Long id, Consumer<UserAccount> first, Consumer<UserAccount> second) {
        try {
            store.run(secondEm -> {
                UserAccount late = secondEm.find(UserAccount.class, id);
                store.run(firstEm -> first.accept(firstEm.find(UserAccount.class, id)));
                second.accept(late);
                secondEm.flush();
            });
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    static boolean isOptimisticLockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
