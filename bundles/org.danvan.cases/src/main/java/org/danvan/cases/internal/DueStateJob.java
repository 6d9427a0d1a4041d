package org.danvan.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.DueState;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.cases.internal.model.JobLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.LockModeType;

/**
 * The daily job: marks open cases near due or overdue and notifies their handler and the heads of their unit when a
 * case enters one of those states; then recomputes the duplicate detector's stop list. Several nodes may call it; a lease row (owner, expiry, last day run), taken
 * under a row lock, lets exactly one run per day. A node that dies mid-run loses the lease when it expires and the
 * next caller finishes the day's work.
 */
final class DueStateJob {

    static final String JOB = "due-state";
    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(DueStateJob.class);

    private final CaseContext context;
    private final CaseClocks clocks;
    private final String owner;

    private final DuplicateDetector duplicates;
    private final Notifications notifications;

    DueStateJob(CaseContext context, CaseClocks clocks, DuplicateDetector duplicates, Notifications notifications) {
        this.context = context;
        this.clocks = clocks;
        this.duplicates = duplicates;
        this.notifications = notifications;
        this.owner = "node-" + UUID.randomUUID();
    }

    /** Runs the job unless it already ran today or another node holds the lease; returns whether it ran. */
    boolean run() {
        LocalDate today = context.today();
        if (!acquire(today)) {
            return false;
        }
        int marked = 0;
        Set<Long> users = new HashSet<>();
        Set<Long> units = new HashSet<>();
        try {
            long afterId = 0;
            while (true) {
                long from = afterId;
                List<CaseRecord> batch = context.store().read(em -> em.createQuery(
                        "SELECT c FROM CaseRecord c WHERE c.id > :after AND c.status IN :open "
                                + "AND c.dueDate IS NOT NULL ORDER BY c.id", CaseRecord.class)
                        .setParameter("after", from).setParameter("open", List.of(CaseStatus.RECEIVED.name(),
                                CaseStatus.CLASSIFIED.name(), CaseStatus.ACCEPTED.name(),
                                CaseStatus.SUSPENDED.name()))
                        .setMaxResults(BATCH).getResultList());
                if (batch.isEmpty()) {
                    break;
                }
                afterId = batch.get(batch.size() - 1).getId();
                marked += mark(batch, users, units);
            }
            duplicates.refreshStopList();
        } finally {
            release(today);
        }
        notifications.announce(users, units);
        LOG.info("Due-state job marked {} cases on {}", marked, today);
        return true;
    }

    private int mark(List<CaseRecord> batch, Set<Long> users, Set<Long> units) {
        List<CaseRecord> changed = new ArrayList<>();
        List<CaseRecord> notify = new ArrayList<>();
        for (CaseRecord record : batch) {
            DueState state = clocks.dueState(record.dueDate);
            // notified_state remembers what this clock was last notified as: a case already overdue at intake
            // is notified on the first run, and never twice for the same state
            boolean alarming = state == DueState.NEAR_DUE || state == DueState.OVERDUE;
            boolean toNotify = alarming && !state.name().equals(record.notifiedState);
            if (!state.name().equals(record.dueState) || toNotify) {
                record.dueState = state.name();
                if (toNotify) {
                    record.notifiedState = state.name();
                    notify.add(record);
                }
                changed.add(record);
            }
        }
        if (changed.isEmpty()) {
            return 0;
        }
        context.store().run(em -> {
            Instant now = Instant.now(context.clock());
            // derived data: bulk updates that leave the version alone, so no user's edit conflicts with them;
            // one statement per (state, notified state) pair instead of one per case
            Map<List<String>, List<Long>> groups = new HashMap<>();
            for (CaseRecord record : changed) {
                groups.computeIfAbsent(Arrays.asList(record.dueState, record.notifiedState), k -> new ArrayList<>())
                        .add(record.getId());
            }
            groups.forEach((states, ids) -> em.createQuery(
                    "UPDATE CaseRecord c SET c.dueState = :s, c.notifiedState = :n WHERE c.id IN :ids")
                    .setParameter("s", states.get(0)).setParameter("n", states.get(1)).setParameter("ids", ids)
                    .executeUpdate());
            for (CaseRecord record : notify) {
                String key = DueState.OVERDUE.name().equals(record.dueState) ? Notifications.OVERDUE
                        : Notifications.NEAR_DUE;
                if (record.handlerUserId != null) {
                    Notifications.raise(em, record, record.handlerUserId, null, key, now);
                }
                Notifications.raise(em, record, null, record.unitId, key, now);
            }
        });
        for (CaseRecord record : notify) {
            if (record.handlerUserId != null) {
                users.add(record.handlerUserId);
            }
            units.add(record.unitId);
        }
        return changed.size();
    }

    private boolean acquire(LocalDate today) {
        return context.store().inTransaction(em -> {
            JobLease lease = em.find(JobLease.class, JOB, LockModeType.PESSIMISTIC_WRITE);
            Instant now = Instant.now(context.clock());
            if (today.equals(lease.lastRunOn)) {
                return false;
            }
            if (lease.owner != null && !lease.owner.equals(owner) && lease.expiresAt != null
                    && Times.instant(lease.expiresAt).isAfter(now)) {
                return false;
            }
            lease.owner = owner;
            lease.expiresAt = Times.utc(now.plus(LEASE));
            return true;
        });
    }

    private void release(LocalDate today) {
        context.store().run(em -> {
            JobLease lease = em.find(JobLease.class, JOB, LockModeType.PESSIMISTIC_WRITE);
            if (owner.equals(lease.owner)) {
                lease.lastRunOn = today;
                lease.owner = null;
                lease.expiresAt = null;
            }
        });
    }
}
