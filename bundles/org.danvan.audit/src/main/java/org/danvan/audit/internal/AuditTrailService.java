package org.danvan.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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

import jakarta.persistence.PersistenceException;

/**
 * The audit trail on the platform database. Appends are serialised by a pessimistic write lock on the chain-head row
 * ({@code SELECT ... FOR UPDATE}), so several Karaf nodes on one MariaDB write one gap-free chain: the entry and the
 * moved head commit together or not at all.
 * <p>
 * An entry recorded while the calling thread runs a read-write unit of work of any bundle joins that transaction
 * ({@link PersistenceService#currentTransaction()}): the change and its entry commit together, and a failed entry
 * rolls the change back. Outside one, the entry gets a transaction of its own. The head stays locked until the joined
 * transaction ends, so callers record last in their unit of work.
 */
@Component(service = AuditTrail.class, immediate = true)
public class AuditTrailService implements AuditTrail {

    /** The audit persistence unit: name, changelog and entity classes. */
    public static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of("audit",
            "db/audit/changelog.xml", AuditRecord.class, ChainHead.class);

    /** Entries per transaction while verifying. */
    static final int VERIFY_PAGE_SIZE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailService.class);

    private static final String LOCK_HEAD = "SELECT last_seq, last_hash FROM aud_chain_head WHERE id = ? FOR UPDATE";
    private static final String INSERT_ENTRY = "INSERT INTO aud_entry (seq, at, action, actor_login, actor_user_id,"
            + " target_type, target_id, unit_id, details, remote_address, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MOVE_HEAD = "UPDATE aud_chain_head SET last_seq = ?, last_hash = ?,"
            + " version = version + 1 WHERE id = ? AND last_seq = ?";

    private final EntityStore store;
    private final Supplier<Optional<Connection>> joinable;
    private final boolean ownsStore;
    private final Clock clock;
    private final ChainVerifier verifier;
    private final AuditQueries queries;

    @Activate
    public AuditTrailService(@Reference PersistenceService persistence) {
        this(persistence.open(UNIT), persistence::currentTransaction, true, Clock.systemUTC(), VERIFY_PAGE_SIZE);
        LOG.info("Audit trail ready on {}", persistence.databaseProductName());
    }

    /** For tests: a store opened elsewhere, a chosen clock and verification page size. */
    AuditTrailService(EntityStore store, Clock clock, int verifyPageSize) {
        this(store, Optional::empty, false, clock, verifyPageSize);
    }

    /** For tests: a store opened on {@code persistence}, whose units of work the entries join. */
    AuditTrailService(PersistenceService persistence, EntityStore store, Clock clock, int verifyPageSize) {
        this(store, persistence::currentTransaction, false, clock, verifyPageSize);
    }

    private AuditTrailService(EntityStore store, Supplier<Optional<Connection>> joinable, boolean ownsStore,
            Clock clock, int verifyPageSize) {
        this.store = store;
        this.joinable = joinable;
        this.ownsStore = ownsStore;
        this.clock = clock;
        this.verifier = new ChainVerifier(store, verifyPageSize);
        this.queries = new AuditQueries(store);
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        EventValidator.check(event);
        String details = DetailsCodec.encode(event.details());
        Optional<Connection> joined = joinable.get();
        AuditRecord stored = joined.isPresent() ? append(joined.get(), event, details)
                : store.inTransaction(em -> append(em.unwrap(Connection.class), event, details));
        return new AuditEntry(stored.getSeq(), stored.getAt().toInstant(ZoneOffset.UTC), event, stored.getHash());
    }

    /**
     * Appends under the head lock on a connection inside a transaction, in plain SQL: the entities of this unit are for
     * reading, while the connection may belong to another bundle's unit of work.
     */
    private AuditRecord append(Connection connection, AuditEvent event, String details) {
        try {
            long lastSeq;
            String lastHash;
            try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD)) {
                lock.setInt(1, ChainHead.ID);
                try (ResultSet head = lock.executeQuery()) {
                    if (!head.next()) {
                        throw new IllegalStateException("The audit chain head row is missing");
                    }
                    lastSeq = head.getLong(1);
                    lastHash = head.getString(2);
                }
            }
            // read the clock under the lock, so that times follow the chain order on one node
            LocalDateTime at = LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS),
                    ZoneOffset.UTC);
            long seq = lastSeq + 1;
            AuditRecord entry = new AuditRecord(seq, at, event.action(), event.actorLogin(), event.actorUserId(),
                    event.targetType(), event.targetId(), event.unitId(), details, event.remoteAddress());
            entry.setHash(EntryHasher.hash(lastHash, entry));
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTRY)) {
                insert.setLong(1, seq);
                insert.setString(2, entry.getAtText());
                insert.setString(3, entry.getAction());
                insert.setString(4, entry.getActorLogin());
                setLong(insert, 5, entry.getActorUserId());
                insert.setString(6, entry.getTargetType());
                insert.setString(7, entry.getTargetId());
                setLong(insert, 8, entry.getUnitId());
                insert.setString(9, entry.getDetails());
                insert.setString(10, entry.getRemoteAddress());
                insert.setString(11, entry.getHash());
                insert.executeUpdate();
            }
            try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
                move.setLong(1, seq);
                move.setString(2, entry.getHash());
                move.setInt(3, ChainHead.ID);
                move.setLong(4, lastSeq);
                if (move.executeUpdate() != 1) {
                    throw new IllegalStateException("The audit chain head moved while it was locked");
                }
            }
            return entry;
        } catch (SQLException e) {
            throw new PersistenceException("The audit entry could not be stored: " + e.getMessage(), e);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
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
