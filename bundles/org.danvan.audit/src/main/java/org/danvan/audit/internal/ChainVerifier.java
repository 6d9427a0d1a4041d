package org.danvan.audit.internal;

import java.util.List;

import org.danvan.audit.internal.model.AuditRecord;
import org.danvan.audit.internal.model.ChainHead;
import org.danvan.platform.api.audit.ChainVerification;
import org.danvan.platform.persistence.api.EntityStore;

/**
 * Walks the chain from entry 1 in sequence order, a page per transaction so that memory stays flat however long the
 * trail is, and recomputes every hash. Entries appended while it runs are left for the next run: it checks the chain
 * up to the head it read first, then that no row lies beyond the head.
 */
final class ChainVerifier {

    private final EntityStore store;
    private final int pageSize;

    ChainVerifier(EntityStore store, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
        this.store = store;
        this.pageSize = pageSize;
    }

    private record Head(long lastSeq, String lastHash) {
    }

    ChainVerification verify() {
        Head head = readHead();
        String previousHash = ChainHead.GENESIS_HASH;
        long expected = 1;
        long checked = 0;
        while (expected <= head.lastSeq()) {
            long after = expected - 1;
            List<AuditRecord> page = store.read(em -> em.createQuery(
                    "SELECT e FROM AuditRecord e WHERE e.seq > :after AND e.seq <= :last ORDER BY e.seq",
                    AuditRecord.class).setParameter("after", after).setParameter("last", head.lastSeq())
                    .setMaxResults(pageSize).getResultList());
            if (page.isEmpty()) {
                return broken(checked, expected, "entries " + expected + " to " + head.lastSeq()
                        + " are missing (the chain head says " + head.lastSeq() + " entries)");
            }
            for (AuditRecord entry : page) {
                if (entry.getSeq() != expected) {
                    return broken(checked, expected, "entry " + expected + " is missing (the next stored entry is "
                            + entry.getSeq() + ")");
                }
                checked++;
                if (!EntryHasher.hash(previousHash, entry).equals(entry.getHash())) {
                    return broken(checked, expected, "hash of entry " + expected
                            + " does not match its content and the previous entry's hash");
                }
                previousHash = entry.getHash();
                expected++;
            }
        }
        if (!previousHash.equals(head.lastHash())) {
            return broken(checked, Math.max(1, head.lastSeq()), "the chain head's hash disagrees with entry "
                    + head.lastSeq());
        }
        return checkNothingBeyond(head, checked);
    }

    private Head readHead() {
        return store.read(em -> {
            ChainHead head = em.find(ChainHead.class, ChainHead.ID);
            if (head == null) {
                throw new IllegalStateException("The audit chain head row is missing");
            }
            return new Head(head.getLastSeq(), head.getLastHash());
        });
    }

    /**
     * A row past the head was inserted directly (writers move the head in the same transaction as they insert).
     * The largest sequence is read before the head: an append committing in between can only make the head larger.
     */
    private ChainVerification checkNothingBeyond(Head checkedHead, long checked) {
        return store.read(em -> {
            Object[] range = em.createQuery("SELECT MIN(e.seq), MAX(e.seq) FROM AuditRecord e", Object[].class)
                    .getSingleResult();
            ChainHead now = em.find(ChainHead.class, ChainHead.ID);
            if (range[0] != null && ((Number) range[0]).longValue() < 1) {
                return broken(checked, ((Number) range[0]).longValue(), "entry with sequence "
                        + range[0] + " lies before the start of the chain");
            }
            if (now.getLastSeq() < checkedHead.lastSeq()) {
                return broken(checked, now.getLastSeq() + 1, "the chain head moved back from "
                        + checkedHead.lastSeq() + " to " + now.getLastSeq() + " during verification");
            }
            if (range[1] != null && ((Number) range[1]).longValue() > now.getLastSeq()) {
                return broken(checked, now.getLastSeq() + 1, "entry " + range[1]
                        + " lies beyond the chain head (last entry " + now.getLastSeq() + ")");
            }
            return new ChainVerification(checked, true, null, null);
        });
    }

    private static ChainVerification broken(long checked, long sequence, String problem) {
        return new ChainVerification(checked, false, sequence, problem);
    }
}
