package org.danvan.grassroots.internal;

import java.util.List;
import java.util.function.Predicate;

import org.danvan.platform.api.keys.KeyRing;
import org.danvan.platform.api.keys.Reencryption;
import org.danvan.platform.persistence.api.EntityStore;

/**
 * The contact a citizen leaves with a comment (telephone, e-mail, address) is personal data (Law 91/2025/QH15): it is
 * stored encrypted with the platform's key ring {@value #PURPOSE}, bound to its consultation, and read in clear only
 * by the staff who may read the comments. Rows written before encryption are encrypted at start and by
 * {@code danvan:key-reencrypt}, which also moves every value to the ring's active key.
 */
final class ContactProtector implements Reencryption {

    static final String PURPOSE = "grassroots-contacts";
    private static final int BATCH = 200;

    private final KeyRing ring;
    private final EntityStore store;

    ContactProtector(KeyRing ring, EntityStore store) {
        this.ring = ring;
        this.store = store;
    }

    String seal(long consultationId, String contact) {
        return ring.encrypt(contact, associatedData(consultationId));
    }

    String open(CommentEntity comment) {
        String stored = comment.getContact();
        if (stored == null || KeyRing.keyIdOf(stored) == null) {
            return stored; // written before encryption: moved by reencryptAll at the next start
        }
        return ring.decrypt(stored, associatedData(comment.getConsultationId()));
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    /** Encrypts clear contacts and moves the others to the active key, {@value #BATCH} comments a transaction. */
    @Override
    public int reencryptAll() {
        return rewrite("", stored -> KeyRing.keyIdOf(stored) == null || !ring.isCurrent(stored));
    }

    /**
     * Encrypts the contacts still in clear (rows of the module's version 1.1.0), leaving ciphertext alone: run at
     * every start, it never fails on a damaged ciphertext, which only the comment that holds it reports.
     */
    int encryptClearRows() {
        // only the clear rows are read: at start, a server whose contacts are all encrypted reads none
        return rewrite(" AND c.contact NOT LIKE 'v1:%'", stored -> KeyRing.keyIdOf(stored) == null);
    }

    private int rewrite(String narrowing, Predicate<String> needed) {
        int rewritten = 0;
        long afterId = 0;
        while (true) {
            long from = afterId;
            List<Long> ids = store.read(em -> em.createQuery("SELECT c.id FROM Comment c WHERE c.id > :after"
                    + " AND c.contact IS NOT NULL" + narrowing + " ORDER BY c.id", Long.class)
                    .setParameter("after", from).setMaxResults(BATCH).getResultList());
            if (ids.isEmpty()) {
                return rewritten;
            }
            rewritten += store.inTransaction(em -> {
                int count = 0;
                for (Long id : ids) {
                    CommentEntity comment = em.find(CommentEntity.class, id);
                    if (!needed.test(comment.getContact())) {
                        continue;
                    }
                    comment.setContact(seal(comment.getConsultationId(), open(comment)));
                    count++;
                }
                return count;
            });
            afterId = ids.get(ids.size() - 1);
        }
    }

    private static String associatedData(long consultationId) {
        return "gr_comment.contact:" + consultationId;
    }
}
