package org.danvan.platform.persistence.internal;

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
    private final AtomicBoolean closed = new AtomicBoolean();

    TransactionalEntityStore(String unitName, EntityManagerFactory factory, Consumer<TransactionalEntityStore> onClose) {
        this.unitName = unitName;
        this.factory = factory;
        this.onClose = onClose;
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
