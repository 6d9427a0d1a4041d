package org.danvan.cases.internal;

import java.time.LocalDate;
import java.util.List;

import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.internal.model.CaseRecord;

/** Bulk work over many cases, in batches of one transaction each: due-date recomputation and re-encryption. */
final class Maintenance {

    private static final int BATCH = 200;
    private static final List<String> OPEN = List.of(CaseStatus.RECEIVED.name(), CaseStatus.CLASSIFIED.name(),
            CaseStatus.ACCEPTED.name(), CaseStatus.SUSPENDED.name());

    private final CaseContext context;
    private final CaseClocks clocks;
    private final IdentityVault vault;

    Maintenance(CaseContext context, CaseClocks clocks, IdentityVault vault) {
        this.context = context;
        this.clocks = clocks;
        this.vault = vault;
    }

    /** Recomputes the clocks of open cases due on or after a day; returns how many due dates moved. */
    int recomputeDueDates(LocalDate firstChangedDay) {
        int changed = 0;
        long afterId = 0;
        while (true) {
            long from = afterId;
            long[] result = context.store().inTransaction(em -> {
                List<CaseRecord> batch = em.createQuery("SELECT c FROM CaseRecord c WHERE c.id > :after "
                        + "AND c.status IN :open AND c.dueDate >= :day ORDER BY c.id", CaseRecord.class)
                        .setParameter("after", from).setParameter("open", OPEN).setParameter("day", firstChangedDay)
                        .setMaxResults(BATCH).getResultList();
                int moved = 0;
                for (CaseRecord record : batch) {
                    if (clocks.recompute(record)) {
                        moved++;
                    }
                }
                return new long[] {batch.size(), moved, batch.isEmpty() ? 0 : batch.get(batch.size() - 1).getId()};
            });
            changed += (int) result[1];
            if (result[0] < BATCH) {
                return changed;
            }
            afterId = result[2];
        }
    }

    /**
     * What another calendar would do to the open cases due on or after a day, computed by {@code proposed} (clocks
     * on that calendar); nothing is changed.
     */
    org.danvan.calendar.api.DeadlineImpact impact(CaseClocks proposed, LocalDate firstChangedDay) {
        int checked = 0;
        int moved = 0;
        long fewest = Long.MAX_VALUE;
        long most = Long.MIN_VALUE;
        long afterId = 0;
        while (true) {
            long from = afterId;
            List<CaseRecord> batch = context.store().read(em -> em.createQuery("SELECT c FROM CaseRecord c "
                    + "WHERE c.id > :after AND c.status IN :open AND c.dueDate >= :day ORDER BY c.id",
                    CaseRecord.class).setParameter("after", from).setParameter("open", OPEN)
                    .setParameter("day", firstChangedDay).setMaxResults(BATCH).getResultList());
            for (CaseRecord record : batch) {
                LocalDate due = proposed.recomputedDue(record);
                if (due == null) {
                    continue;
                }
                checked++;
                if (!due.equals(record.dueDate)) {
                    moved++;
                    long shift = java.time.temporal.ChronoUnit.DAYS.between(record.dueDate, due);
                    fewest = Math.min(fewest, shift);
                    most = Math.max(most, shift);
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            afterId = batch.get(batch.size() - 1).getId();
        }
        return moved == 0 ? new org.danvan.calendar.api.DeadlineImpact(checked, 0, 0, 0)
                : new org.danvan.calendar.api.DeadlineImpact(checked, moved, (int) fewest, (int) most);
    }

    /** Re-encrypts every identity value not under the active key; returns how many persons were rewritten. */
    int reencryptAll() {
        int rewritten = 0;
        long afterId = 0;
        while (true) {
            long from = afterId;
            List<Long> ids = context.store().read(em -> em.createQuery("SELECT DISTINCT p.caseId FROM CasePerson p "
                    + "WHERE p.caseId > :after ORDER BY p.caseId", Long.class).setParameter("after", from)
                    .setMaxResults(BATCH).getResultList());
            if (ids.isEmpty()) {
                return rewritten;
            }
            rewritten += context.store().inTransaction(em -> {
                int count = 0;
                for (Long id : ids) {
                    count += vault.reencrypt(em, id);
                }
                return count;
            });
            afterId = ids.get(ids.size() - 1);
        }
    }
}
