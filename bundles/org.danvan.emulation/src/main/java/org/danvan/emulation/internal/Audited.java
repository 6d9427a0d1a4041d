package org.danvan.emulation.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.danvan.platform.persistence.api.EntityStore;

import jakarta.persistence.EntityManager;

/**
 * One user command, one transaction, its audit entry written last inside it: the platform's trail joins the unit of
 * work, so the change and its entry commit together and a failing trail rolls the change back.
 */
final class Audited {

    private Audited() {
    }

    static <T> T change(EntityStore store, Function<EntityManager, T> work, Consumer<T> entry) {
        return store.inTransaction(em -> {
            T result = work.apply(em);
            entry.accept(result);
            return result;
        });
    }
}
