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

    /**
     * One user command: runs a change and then {@code record} — its audit entry — last in the same read-write
     * transaction. The platform's audit trail joins that unit of work ({@link PersistenceService#currentTransaction()}),
     * so the change and its entry commit together, and an entry that cannot be written rolls the change back.
     *
     * @param work the change; its result is handed to {@code record} and returned
     * @param record what is done last inside the transaction, typically {@code AuditTrail.record(...)}
     * @return the result of {@code work}
     */
    default <T> T audited(Function<EntityManager, T> work, Consumer<? super T> record) {
        return inTransaction(em -> {
            T result = work.apply(em);
            record.accept(result);
            return result;
        });
    }

    /** Runs read-only {@code work}; the transaction is rolled back at the end, so nothing is written by accident. */
    <T> T read(Function<EntityManager, T> work);

    /** Closes the EntityManagerFactory. */
    @Override
    void close();
}
