package org.danvan.platform.persistence.internal;

import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import org.danvan.platform.persistence.api.EntityStore;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/** One unit of work per call: a fresh EntityManager, one resource-local transaction, closed at the end. */
final class TransactionalEntityStore implements EntityStore {

    private final String unitName;
    private final EntityManagerFactory factory;
    private final Consumer<TransactionalEntityStore> onClose;
    private final ThreadLocal<Deque<EntityManager>> running;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param running the read-write units of work running on each thread, shared by every store of one persistence
     *            service (one database), innermost first
     */
    TransactionalEntityStore(String unitName, EntityManagerFactory factory, Consumer<TransactionalEntityStore> onClose,
            ThreadLocal<Deque<EntityManager>> running) {
        this.unitName = unitName;
        this.factory = factory;
        this.onClose = onClose;
        this.running = running;
    }

    /** A new registry of running units of work, for the stores of one persistence service. */
    static ThreadLocal<Deque<EntityManager>> newRunningRegistry() {
        return ThreadLocal.withInitial(ArrayDeque::new);
    }

    /** The connection of the innermost read-write unit of work on this thread in a registry, if any. */
    static Optional<Connection> currentConnection(ThreadLocal<Deque<EntityManager>> running) {
        EntityManager current = running.get().peek();
        // EclipseLink begins the database transaction on the unit of work's connection when asked for it
        return current == null ? Optional.empty() : Optional.of(current.unwrap(Connection.class));
    }

    String unitName() {
        return unitName;
    }

    /** For tests and diagnostics: the factory behind this store. */
    EntityManagerFactory factory() {
        return factory;
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            EntityTransaction transaction = em.getTransaction();
            transaction.begin();
            Deque<EntityManager> units = running.get();
            units.push(em);
            try {
                T result = work.apply(em);
                // constraint violations and version conflicts surface here, as what they are, rather than
                // wrapped in the RollbackException of commit
                em.flush();
                transaction.commit();
                return result;
            } catch (Throwable failure) {
                rollbackQuietly(transaction, failure);
                throw Exceptions.<RuntimeException>sneaky(surfaceOptimisticLock(failure));
            } finally {
                units.pop();
                if (units.isEmpty()) {
                    running.remove();
                }
            }
        } finally {
            em.close();
        }
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            EntityTransaction transaction = em.getTransaction();
            transaction.begin();
            try {
                return work.apply(em);
            } catch (Throwable failure) {
                rollbackQuietly(transaction, failure);
                throw Exceptions.<RuntimeException>sneaky(failure);
            } finally {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
            }
        } finally {
            em.close();
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                if (factory.isOpen()) {
                    factory.close();
                }
            } finally {
                onClose.accept(this);
            }
        }
    }

    private static void rollbackQuietly(EntityTransaction transaction, Throwable failure) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /**
     * EclipseLink reports a version conflict found at commit as a RollbackException around the
     * OptimisticLockException; callers handle the latter, so it is unwrapped. Anything else is returned unchanged.
     */
    static Throwable surfaceOptimisticLock(Throwable failure) {
        if (failure instanceof OptimisticLockException || !(failure instanceof PersistenceException)) {
            return failure;
        }
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return cause;
            }
            if (cause instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                OptimisticLockException surfaced = new OptimisticLockException(cause.getMessage(), cause,
                        ((org.eclipse.persistence.exceptions.OptimisticLockException) cause).getObject());
                return surfaced;
            }
        }
        return failure;
    }

    @Override
    public String toString() {
        return "EntityStore[" + unitName + "]";
    }
}
