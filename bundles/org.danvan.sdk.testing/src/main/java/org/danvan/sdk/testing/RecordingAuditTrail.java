package org.danvan.sdk.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.danvan.platform.api.audit.AuditEntry;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.audit.ChainVerification;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

/**
 * An {@link AuditTrail} that keeps the events in memory for assertions, in order, and can be switched to fail like a
 * trail whose database is down (to test that a reveal which cannot be audited does not happen). Like the platform's
 * trail it refuses an action that is not dotted lower-case ({@code module.thing.done}, digits, {@code -} and
 * {@code _} allowed) and a detail key with other characters than letters, digits, {@code _ . -}: an event the
 * server would refuse is not recorded here either.
 *
 * <pre>{@code
 * RecordingAuditTrail audit = new RecordingAuditTrail();
 * service.create(draft, user);
 * assertEquals(List.of("noticeboard.notice.created"), audit.actions());
 * }</pre>
 */
public final class RecordingAuditTrail implements AuditTrail {

    /** As the audit bundle checks it: module prefix and at least one more dotted segment, lower case. */
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)+");
    private static final Pattern DETAIL_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final List<AuditEntry> entries = new ArrayList<>();
    private final Clock clock;
    private volatile boolean failing;

    /** Entries stamped with the system clock. */
    public RecordingAuditTrail() {
        this(Clock.systemUTC());
    }

    /** Entries stamped with the test's clock (e.g. a {@link SettableClock}). */
    public RecordingAuditTrail(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** From now on {@link #record} fails (true) or works again (false). */
    public RecordingAuditTrail failing(boolean fail) {
        this.failing = fail;
        return this;
    }

    /** Every event recorded, oldest first. */
    public synchronized List<AuditEvent> events() {
        return entries.stream().map(AuditEntry::event).toList();
    }

    /** The actions recorded, oldest first, e.g. {@code [noticeboard.notice.created]}. */
    public synchronized List<String> actions() {
        return entries.stream().map(e -> e.event().action()).toList();
    }

    /** The last event; fails the test when nothing was recorded. */
    public synchronized AuditEvent last() {
        if (entries.isEmpty()) {
            throw new AssertionError("nothing was audited");
        }
        return entries.get(entries.size() - 1).event();
    }

    /** Forgets what was recorded so far. */
    public synchronized void clear() {
        entries.clear();
    }

    @Override
    public synchronized AuditEntry record(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        if (!ACTION.matcher(event.action()).matches()) {
            throw ValidationException.of("action", "audit.validation.action.format");
        }
        for (String key : event.details().keySet()) {
            if (!DETAIL_KEY.matcher(key).matches()) {
                throw new ValidationException(Violation.of("details", "audit.validation.detailKey.format", key));
            }
        }
        if (failing) {
            throw new IllegalStateException("audit trail unavailable (RecordingAuditTrail.failing)");
        }
        AuditEntry entry = new AuditEntry(entries.size() + 1, clock.instant(), event, "recorded-" + (entries.size() + 1));
        entries.add(entry);
        return entry;
    }

    @Override
    public synchronized List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return entries.stream().filter(matching(filter)).sorted(Comparator.comparingLong(AuditEntry::sequence).reversed())
                .skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized long count(AuditFilter filter) {
        return entries.stream().filter(matching(filter)).count();
    }

    /** Always intact: the recording has no hash chain to break. */
    @Override
    public synchronized ChainVerification verify() {
        return new ChainVerification(entries.size(), true, null, null);
    }

    private static Predicate<AuditEntry> matching(AuditFilter filter) {
        return entry -> {
            AuditEvent event = entry.event();
            Instant at = entry.at();
            return (filter.actionPrefix() == null || event.action().startsWith(filter.actionPrefix()))
                    && (filter.actorLogin() == null || filter.actorLogin().equals(event.actorLogin()))
                    && (filter.targetType() == null || filter.targetType().equals(event.targetType()))
                    && (filter.targetId() == null || filter.targetId().equals(event.targetId()))
                    && (filter.from() == null || !at.isBefore(filter.from()))
                    && (filter.to() == null || at.isBefore(filter.to()));
        };
    }
}
