package org.danvan.reception.internal;

import java.time.ZoneOffset;

import org.danvan.reception.api.BookEntry;
import org.danvan.reception.internal.model.BookEntryEntity;

/** Turns stored entries into API records, decrypting the personal data; the column names are the cipher's AAD. */
final class BookEntryMapper {

    static final String NAME = "rcp_book_entry.citizen_name";
    static final String ADDRESS = "rcp_book_entry.citizen_address";
    static final String ID_NUMBER = "rcp_book_entry.id_number";

    private final PersonalDataProtector protector;

    BookEntryMapper(PersonalDataProtector protector) {
        this.protector = protector;
    }

    PersonalDataProtector protector() {
        return protector;
    }

    BookEntry toApi(BookEntryEntity e) {
        return new BookEntry(e.getId(), e.getVersion(), e.getUnitId(), e.getYear(), e.getNumber(), e.getReceivedOn(),
                protector.decrypt(e.getCitizenNameEncrypted(), NAME),
                protector.decrypt(e.getCitizenAddressEncrypted(), ADDRESS),
                protector.decrypt(e.getIdNumberEncrypted(), ID_NUMBER), e.getContent(), e.getPetitionKind(),
                e.getPeopleCount(), e.getPreviouslyHandledBy(), e.getDisposition(), e.getTransferredTo(),
                e.getFollowUp(), e.getNotes(), e.getSessionId(), e.getCaseId(), e.getRecordedBy(),
                e.getRecordedAt().toInstant(ZoneOffset.UTC), e.getRefusalGround(), e.getRefusalNoticeOn());
    }

    /** Stores the citizen's data of a validated draft on an entry, encrypted and indexed. */
    void setCitizen(BookEntryEntity e, String name, String address, String idNumber) {
        e.setCitizen(protector.encrypt(name, NAME), protector.nameIndex(name), protector.encrypt(address, ADDRESS),
                protector.encrypt(idNumber, ID_NUMBER), protector.idNumberIndex(idNumber));
    }
}
