package org.danvan.reception.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.danvan.platform.api.security.UserPrincipal;

/**
 * The case engine's intake as the book sees it, in memory: it remembers the book entry of every case it
 * created, takes a little time (so concurrent attempts really overlap) and can be told to fail once after creating
 * a case, like a connection lost before the answer arrived.
 */
final class TestCaseIntake implements CaseIntake {

    final Map<Long, Petition> cases = new ConcurrentHashMap<>();
    final AtomicInteger intakeCalls = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong(5000);
    volatile boolean failOnceAfterCreating;

    @Override
    public Optional<Long> findExisting(Petition petition, UserPrincipal user) {
        return cases.entrySet().stream().filter(e -> e.getValue().entryId() == petition.entryId())
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public long intake(Petition petition, UserPrincipal user) {
        intakeCalls.incrementAndGet();
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long id = ids.incrementAndGet();
        cases.put(id, petition);
        if (failOnceAfterCreating) {
            failOnceAfterCreating = false;
            throw new IllegalStateException("connection lost after the case was created");
        }
        return id;
    }
}
