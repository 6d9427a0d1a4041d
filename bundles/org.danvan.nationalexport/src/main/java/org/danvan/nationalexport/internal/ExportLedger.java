package org.danvan.nationalexport.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.danvan.nationalexport.api.ExportStatus;
import org.danvan.nationalexport.api.RejectedRecord;
import org.danvan.nationalexport.internal.Acknowledgements.Ack;
import org.danvan.nationalexport.internal.NationalRecordFormat.Exported;
import org.danvan.nationalexport.internal.model.AdapterStateEntity;
import org.danvan.nationalexport.internal.model.ExportRecordEntity;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.persistence.api.EntityStore;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * The export's own tables: per record (a case, or a record of a module's feed) the marker last seen, the hash waiting
 * and the hash acknowledged; the adapter's row. Every batch's outcome is written with its one audit entry in one transaction.
 */
final class ExportLedger {

    static final String SYSTEM = "system";

    private final EntityStore store;
    private final AuditTrail audit;

    ExportLedger(EntityStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** The markers last seen of these records of one type. */
    Map<Long, String> seenMarkers(String type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return store.read(em -> {
            Map<Long, String> seen = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT r.sourceId, r.seenMarker FROM NxRecord r"
                    + " WHERE r.recordType = :t AND r.sourceId IN :ids", Object[].class).setParameter("t", type)
                    .setParameter("ids", ids).getResultList()) {
                seen.put(((Number) row[0]).longValue(), (String) row[1]);
            }
            return seen;
        });
    }

    /** Records the records as read now; those whose content differs from what the receiver has start waiting. */
    void observe(List<Exported> records, Instant now) {
        if (records.isEmpty()) {
            return;
        }
        store.inTransaction(em -> {
            Map<String, ExportRecordEntity> known = known(em, records);
            for (Exported exported : records) {
                ExportRecordEntity record = known.get(ref(exported.type(), exported.sourceId()));
                if (record == null) {
                    em.persist(ExportRecordEntity.seen(exported.type(), exported.sourceId(), exported.unitId(),
                            exported.number(), exported.marker(), exported.hash(), now));
                } else {
                    record.observe(exported.unitId(), exported.number(), exported.marker(), exported.hash(), now);
                }
            }
            return null;
        });
    }

    /** The ledger rows of these records, by {@link #ref}. */
    private static Map<String, ExportRecordEntity> known(EntityManager em, Collection<Exported> records) {
        Map<String, List<Long>> byType = new LinkedHashMap<>();
        records.forEach(e -> byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e.sourceId()));
        Map<String, ExportRecordEntity> known = new HashMap<>();
        byType.forEach((type, ids) -> em.createQuery("SELECT r FROM NxRecord r WHERE r.recordType = :t"
                + " AND r.sourceId IN :ids", ExportRecordEntity.class).setParameter("t", type).setParameter("ids", ids)
                .getResultList().forEach(r -> known.put(ref(r.getRecordType(), r.getSourceId()), r)));
        return known;
    }

    private static String ref(String type, long id) {
        return type + ":" + id;
    }

    /** One waiting record: its ledger row, its type and its id at the source. */
    record Waiting(long rowId, String type, long sourceId) {
    }

    /** Waiting records of the given types after a ledger row, oldest row first, at most {@code limit}. */
    List<Waiting> waiting(Collection<String> types, long afterRowId, int limit) {
        if (types.isEmpty()) {
            return List.of();
        }
        return store.read(em -> em.createQuery("SELECT r.id, r.recordType, r.sourceId FROM NxRecord r"
                + " WHERE r.state = :s AND r.recordType IN :types AND r.id > :after ORDER BY r.id", Object[].class)
                .setParameter("s", ExportRecordEntity.WAITING).setParameter("types", types)
                .setParameter("after", afterRowId).setMaxResults(limit).getResultList().stream()
                .map(row -> new Waiting(((Number) row[0]).longValue(), (String) row[1],
                        ((Number) row[2]).longValue()))
                .toList());
    }

    long countWaiting() {
        return count(ExportRecordEntity.WAITING);
    }

    /** A batch that got no acknowledgement at all: its records were attempted, the adapter waits, one audit entry. */
    void batchFailed(String batchId, List<Exported> batch, String error, Instant now, Instant nextAttempt) {
        store.inTransaction(em -> {
            known(em, batch).values().forEach(ExportRecordEntity::attempted);
            adapter(em).failed(error, now, nextAttempt);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("batchId", batchId);
            details.put("records", Integer.toString(batch.size()));
            details.put("outcome", "failed");
            details.put("error", error);
            details.put("nextAttempt", nextAttempt.toString());
            em.flush();
            audit.record(AuditEvent.of("national-export.batch", SYSTEM, null, details));
            return null;
        });
    }

    /** The receiver answered: acknowledged and refused records, the adapter's success, one audit entry. */
    void batchAnswered(String batchId, List<Exported> batch, Map<String, Ack> acks, Instant now) {
        store.inTransaction(em -> {
            Map<String, ExportRecordEntity> records = known(em, batch);
            int accepted = 0;
            int rejected = 0;
            for (Exported exported : batch) {
                ExportRecordEntity record = records.get(ref(exported.type(), exported.sourceId()));
                Ack ack = acks.get(exported.key());
                if (record == null || ack == null) {
                    continue;
                }
                if (ack.result() == Acknowledgements.Result.ACCEPTED) {
                    record.acknowledged(exported.hash(), now);
                    accepted++;
                } else {
                    record.rejected(exported.hash(), ack.reason(), now);
                    rejected++;
                }
            }
            adapter(em).succeeded(now);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("batchId", batchId);
            details.put("records", Integer.toString(batch.size()));
            details.put("outcome", "answered");
            details.put("acknowledged", Integer.toString(accepted));
            details.put("rejected", Integer.toString(rejected));
            details.put("unanswered", Integer.toString(batch.size() - accepted - rejected));
            em.flush();
            audit.record(AuditEvent.of("national-export.batch", SYSTEM, null, details));
            return null;
        });
    }

    /** When the adapter may send next ({@code null}: now). */
    Instant nextAttempt() {
        return store.read(em -> adapter(em).getNextAttemptAt());
    }

    int failures() {
        return store.read(em -> adapter(em).getFailures());
    }

    /** Lifts the backoff, audited as the user's. */
    void attemptNow(String login, Long userId) {
        store.inTransaction(em -> {
            adapter(em).attemptNow();
            em.flush();
            audit.record(AuditEvent.of("national-export.send-now", login, userId, Map.of()));
            return null;
        });
    }

    /**
     * Audits the configuration when it differs from the one last audited (a change made while the server was down is
     * seen at the next start).
     */
    void configurationSeen(ExportSettings settings) {
        Map<String, String> details = settings.auditDetails();
        String fingerprint = NationalRecordFormat.hash(details.toString());
        store.inTransaction(em -> {
            AdapterStateEntity adapter = em.find(AdapterStateEntity.class, AdapterStateEntity.ID,
                    LockModeType.PESSIMISTIC_WRITE);
            if (!fingerprint.equals(adapter.getConfigFingerprint())) {
                adapter.configured(fingerprint);
                em.flush();
                audit.record(AuditEvent.of("national-export.configuration", SYSTEM, null, details));
            }
            return null;
        });
    }

    ExportStatus status(ExportSettings settings) {
        return store.read(em -> {
            AdapterStateEntity adapter = adapter(em);
            Map<String, Long> counts = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT r.state, COUNT(r) FROM NxRecord r GROUP BY r.state",
                    Object[].class).getResultList()) {
                counts.put((String) row[0], ((Number) row[1]).longValue());
            }
            long sent = em.createQuery("SELECT COUNT(r) FROM NxRecord r WHERE r.state = :s AND r.attempts > 0",
                    Long.class).setParameter("s", ExportRecordEntity.WAITING).getSingleResult();
            long waiting = counts.getOrDefault(ExportRecordEntity.WAITING, 0L) - sent;
            Instant next = adapter.getNextAttemptAt();
            return new ExportStatus(settings.configured(), settings.shownEndpoint(), settings.problem(), waiting, sent,
                    counts.getOrDefault(ExportRecordEntity.ACKNOWLEDGED, 0L),
                    counts.getOrDefault(ExportRecordEntity.REJECTED, 0L), adapter.getLastSuccessAt(),
                    adapter.getLastError(), adapter.getLastErrorAt(), next, adapter.getFailures());
        });
    }

    List<RejectedRecord> rejected(AccessScope scope, int limit) {
        return store.read(em -> em.createQuery("SELECT r FROM NxRecord r WHERE r.state = :s"
                + " ORDER BY r.rejectedAt DESC, r.id DESC", ExportRecordEntity.class)
                .setParameter("s", ExportRecordEntity.REJECTED).getResultList().stream()
                .filter(r -> scope.covers(r.getUnitId())).limit(limit)
                .map(r -> new RejectedRecord(r.getRecordType(), r.getSourceId(), r.getCaseNumber(), r.getUnitId(),
                        NationalRecordFormat.key(r.getRecordType(), r.getSourceId(), r.getPendingHash()),
                        r.getRejectReason(), r.getRejectedAt()))
                .toList());
    }

    private long count(String state) {
        return store.read(em -> em.createQuery("SELECT COUNT(r) FROM NxRecord r WHERE r.state = :s", Long.class)
                .setParameter("s", state).getSingleResult());
    }

    private static AdapterStateEntity adapter(EntityManager em) {
        return em.find(AdapterStateEntity.class, AdapterStateEntity.ID);
    }
}
