package org.danvan.reception.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.audit.AuditEntry;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.audit.ChainVerification;

/** Keeps audit events in memory (the audit bundle provides the hash-chained one). */
final class TestAuditTrail implements AuditTrail {

    private final List<AuditEvent> events = new ArrayList<>();
    private boolean failing;

    /** From now on every record fails, as when the trail's table cannot be written. */
    synchronized void failing(boolean fail) {
        failing = fail;
    }

    synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public synchronized AuditEntry record(AuditEvent event) {
        if (failing) {
            throw new IllegalStateException("the audit trail cannot be written");
        }
        events.add(event);
        return new AuditEntry(events.size(), Instant.now(), event, "test");
    }

    @Override
    public synchronized List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        throw new UnsupportedOperationException("not needed by the reception tests");
    }

    @Override
    public synchronized long count(AuditFilter filter) {
        return events.size();
    }

    @Override
    public ChainVerification verify() {
        return new ChainVerification(events.size(), true, null, null);
    }
}
