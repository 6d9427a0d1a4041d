package org.danvan.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.danvan.platform.api.audit.AuditEntry;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.audit.ChainVerification;

/**
 * An in-memory stand-in for the audit bundle's trail (another bundle's service, not this bundle's database): records
 * the events so tests can assert on what the identity core wrote.
 */
final class RecordingAuditTrail implements AuditTrail {

    private final List<AuditEntry> entries = new ArrayList<>();
    private boolean failing;

    /** From now on every record fails, as when the trail's table cannot be written. */
    synchronized void failing(boolean fail) {
        failing = fail;
    }

    @Override
    public synchronized AuditEntry record(AuditEvent event) {
        if (failing) {
            throw new IllegalStateException("the audit trail cannot be written");
        }
        AuditEntry entry = new AuditEntry(entries.size() + 1, Instant.now(), event, "test");
        entries.add(entry);
        return entry;
    }

    /** The events with this action, oldest first. */
    synchronized List<AuditEvent> events(String action) {
        return entries.stream().map(AuditEntry::event).filter(e -> e.action().equals(action)).toList();
    }

    /** Every action written, oldest first. */
    synchronized List<String> actions() {
        return entries.stream().map(e -> e.event().action()).toList();
    }

    synchronized void clear() {
        entries.clear();
    }

    @Override
    public synchronized List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return entries.stream().filter(matches(filter))
                .sorted(Comparator.comparingLong(AuditEntry::sequence).reversed()).skip(offset).limit(limit)
                .toList();
    }

    @Override
    public synchronized long count(AuditFilter filter) {
        return entries.stream().filter(matches(filter)).count();
    }

    private static Predicate<AuditEntry> matches(AuditFilter filter) {
        return e -> (filter.actionPrefix() == null || e.event().action().startsWith(filter.actionPrefix()))
                && (filter.actorLogin() == null || filter.actorLogin().equals(e.event().actorLogin()));
    }

    @Override
    public ChainVerification verify() {
        return new ChainVerification(entries.size(), true, null, null);
    }
}
