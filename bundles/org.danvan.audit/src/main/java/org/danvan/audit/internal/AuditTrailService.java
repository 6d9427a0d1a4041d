package org.danvan.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.danvan.audit.internal.model.AuditRecord;
import org.danvan.audit.internal.model.ChainHead;
import org.danvan.platform.api.audit.AuditEntry;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.audit.ChainVerification;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.LockModeType;

/**
 * The audit trail on the platform database. Appends are serialised by a pessimistic write lock on the chain-head row
 * ({@code SELECT ... FOR UPDATE}), taken first in the appending transaction, so several Karaf nodes on one MariaDB
 * write one gap-free chain: the entry and the moved head commit together or not at all.
 */
@Component(service = AuditTrail.class, immediate = true)
public class AuditTrailService implements AuditTrail {

    /** The audit persistence unit: name, changelog and entity classes. */
    public static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of("audit",
            "db/audit/changelog.xml", AuditRecord.class, ChainHead.class);

    /** Entries per transaction while verifying. */
    static final int VERIFY_PAGE_SIZE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailService.class);

    private final EntityStore store;
    private final boolean ownsStore;
    private final Clock clock;
    private final ChainVerifier verifier;
    private final AuditQueries queries;

    @Activate
    public AuditTrailService(@Reference PersistenceService persistence) {
        this(persistence.open(UNIT), true, Clock.systemUTC(), VERIFY_PAGE_SIZE);
        LOG.info("Audit trail ready on {}", persistence.databaseProductName());
    }

    /** For tests: a store opened elsewhere, a chosen clock and verification page size. */
    AuditTrailService(EntityStore store, Clock clock, int verifyPageSize) {
        this(store, false, clock, verifyPageSize);
    }

    private AuditTrailService(EntityStore store, boolean ownsStore, Clock clock, int verifyPageSize) {
        this.store = store;
        this.ownsStore = ownsStore;
        this.clock = clock;
        this.verifier = new ChainVerifier(store, verifyPageSize);
        this.queries = new AuditQueries(store);
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        EventValidator.check(event);
        String details = DetailsCodec.encode(event.details());
        AuditRecord stored = store.inTransaction(em -> {
            ChainHead head = em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
            if (head == null) {
                throw new IllegalStateException("The audit chain head row is missing");
            }
            // read the clock under the lock, so that times follow the chain order on one node
            LocalDateTime at = LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS),
                    ZoneOffset.UTC);
            long seq = head.getLastSeq() + 1;
            AuditRecord entry = new AuditRecord(seq, at, event.action(), event.actorLogin(), event.actorUserId(),
                    event.targetType(), event.targetId(), event.unitId(), details, event.remoteAddress());
            entry.setHash(EntryHasher.hash(head.getLastHash(), entry));
            em.persist(entry);
            head.advance(seq, entry.getHash());
            return entry;
        });
        return new AuditEntry(stored.getSeq(), stored.getAt().toInstant(ZoneOffset.UTC), event, stored.getHash());
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        AuditFilter criteria = filter == null ? AuditFilter.any() : filter;
        EventValidator.check(criteria, offset, limit);
        return queries.find(criteria, offset, limit).stream().map(AuditTrailService::toEntry).toList();
    }

    @Override
    public long count(AuditFilter filter) {
        AuditFilter criteria = filter == null ? AuditFilter.any() : filter;
        EventValidator.check(criteria);
        return queries.count(criteria);
    }

    @Override
    public ChainVerification verify() {
        ChainVerification result = verifier.verify();
        if (!result.intact()) {
            LOG.error("Audit chain BROKEN at entry {}: {}", result.firstBrokenSequence(), result.problem());
        }
        return result;
    }

    @Deactivate
    void deactivate() {
        if (ownsStore) {
            store.close();
        }
    }

    private static AuditEntry toEntry(AuditRecord stored) {
        LocalDateTime at = stored.getAt();
        if (at == null) {
            LOG.warn("Audit entry {} has an unreadable time; verify the chain", stored.getSeq());
            at = LocalDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC);
        }
        AuditEvent event = new AuditEvent(stored.getAction(), stored.getActorLogin(), stored.getActorUserId(),
                stored.getTargetType(), stored.getTargetId(), stored.getUnitId(), details(stored),
                stored.getRemoteAddress());
        return new AuditEntry(stored.getSeq(), at.toInstant(ZoneOffset.UTC), event, stored.getHash());
    }

    /** A row edited by hand may hold text that is no longer canonical: show it raw rather than fail the viewer. */
    private static Map<String, String> details(AuditRecord stored) {
        try {
            return DetailsCodec.decode(stored.getDetails());
        } catch (IllegalArgumentException e) {
            LOG.warn("Audit entry {} has undecodable details ({}); verify the chain", stored.getSeq(), e.getMessage());
            return Map.of("?", stored.getDetails());
        }
    }
}
