package org.danvan.platform.persistence.api;

import java.util.function.Consumer;
import java.util.function.Function;

import org.osgi.annotation.versioning.ProviderType;

import jakarta.persistence.EntityManager;

/**
 * A bundle's persistence unit with a unit-of-work API: every call gets a fresh EntityManager and one resource-local
 * transaction, committed when the work returns and rolled back when it throws. The exception (for instance
 * {@link jakarta.persistence.OptimisticLockException}) reaches the caller unchanged.
 */
@ProviderType
public interface EntityStore extends AutoCloseable {

    /** Runs {@code work} in a read-write transaction and returns its result. */
    <T> T inTransaction(Function<EntityManager, T> work);

    /** Runs {@code work} in a read-write transaction. */
    default void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs read-only {@code work}; the transaction is rolled back at the end, so nothing is written by accident. */
    <T> T read(Function<EntityManager, T> work);

    /** Closes the EntityManagerFactory. */
    @Override
    void close();
}
