package org.danvan.cases.internal.testing;

import java.util.function.Function;

import org.danvan.platform.persistence.api.EntityStore;

import jakarta.persistence.EntityManager;

/**
 * Failure injection around the real store: when armed, the next write transaction runs and flushes its work on the
 * real database, then fails before commit (as a lost connection or a constraint at commit would), so it rolls back.
 */
public final class FailingCommitStore implements EntityStore {

    private final EntityStore delegate;
    private volatile boolean armed;

    public FailingCommitStore(EntityStore delegate) {
        this.delegate = delegate;
    }

    public void failNextWrite() {
        armed = true;
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        if (!armed) {
            return delegate.inTransaction(work);
        }
        armed = false;
        return delegate.inTransaction(em -> {
            work.apply(em);
            em.flush();
            throw new IllegalStateException("injected failure before commit");
        });
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return delegate.read(work);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
