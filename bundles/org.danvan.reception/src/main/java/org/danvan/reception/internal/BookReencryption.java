package org.danvan.reception.internal;

import java.util.List;

import org.danvan.platform.api.keys.Reencryption;
import org.danvan.reception.internal.model.BookEntryEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Moves the personal data of the reception book to the active key of its ring ({@code danvan:key-reencrypt}), in
 * batches of {@value #BATCH} entries per transaction; the search hashes do not change (the index key is kept).
 */
@Component(service = Reencryption.class)
public class BookReencryption implements Reencryption {

    private static final int BATCH = 200;

    private final ReceptionDatabase database;

    @Activate
    public BookReencryption(@Reference ReceptionDatabase database) {
        this.database = database;
    }

    @Override
    public String purpose() {
        return PersonalDataProtector.PURPOSE;
    }

    @Override
    public int reencryptAll() {
        PersonalDataProtector protector = database.protector();
        BookEntryMapper mapper = new BookEntryMapper(protector);
        int rewritten = 0;
        long afterId = 0;
        while (true) {
            long from = afterId;
            List<Long> ids = database.store().read(em -> em.createQuery("SELECT e.id FROM BookEntry e "
                    + "WHERE e.id > :after ORDER BY e.id", Long.class).setParameter("after", from)
                    .setMaxResults(BATCH).getResultList());
            if (ids.isEmpty()) {
                return rewritten;
            }
            rewritten += database.store().inTransaction(em -> {
                int count = 0;
                for (Long id : ids) {
                    BookEntryEntity e = em.find(BookEntryEntity.class, id);
                    if (protector.isCurrent(e.getCitizenNameEncrypted())
                            && protector.isCurrent(e.getCitizenAddressEncrypted())
                            && protector.isCurrent(e.getIdNumberEncrypted())) {
                        continue;
                    }
                    mapper.setCitizen(e, protector.decrypt(e.getCitizenNameEncrypted(), BookEntryMapper.NAME),
                            protector.decrypt(e.getCitizenAddressEncrypted(), BookEntryMapper.ADDRESS),
                            protector.decrypt(e.getIdNumberEncrypted(), BookEntryMapper.ID_NUMBER));
                    count++;
                }
                return count;
            });
            afterId = ids.get(ids.size() - 1);
        }
    }
}
