package org.danvan.cases.internal.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.danvan.platform.api.audit.AuditEntry;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.audit.ChainVerification;

/** Test stand-in for the audit bundle: keeps events in memory, and can be told to fail. */
public final class TestAuditTrail implements AuditTrail {

    private final List<AuditEvent> events = new ArrayList<>();
    private final AtomicBoolean failing = new AtomicBoolean();

    /** From now on every record fails (the trail's database is down). */
    public void fail(boolean fail) {
        failing.set(fail);
    }

    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public synchronized AuditEntry record(AuditEvent event) {
        if (failing.get()) {
            throw new IllegalStateException("audit store unavailable");
        }
        events.add(event);
        return new AuditEntry(events.size(), Instant.now(), event, "test");
    }

    @Override
    public synchronized List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count(AuditFilter filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChainVerification verify() {
        throw new UnsupportedOperationException();
    }
}
