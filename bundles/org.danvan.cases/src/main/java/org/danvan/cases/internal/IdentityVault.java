package org.danvan.cases.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.danvan.cases.api.PersonData;
import org.danvan.cases.internal.crypto.FieldCipher;
import org.danvan.cases.internal.model.CasePerson;

import jakarta.persistence.EntityManager;

/**
 * Petitioner identities at rest: every field AES-GCM encrypted and bound to its case, ordinal and field; keyed
 * match hashes for duplicate detection; keyed name tokens for the search of non-protected petitioners.
 */
final class IdentityVault {

    static final String NAME_TOKEN_PREFIX = "#";

    private final FieldCipher cipher;

    IdentityVault(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** Stores the petitioners of a case (the case id must already be assigned). */
    List<CasePerson> store(EntityManager em, long caseId, List<PersonData> persons) {
        List<CasePerson> rows = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            PersonData person = persons.get(i);
            CasePerson row = new CasePerson();
            row.caseId = caseId;
            row.ordinal = i;
            seal(row, person);
            row.matchId = matchById(person);
            row.matchPhone = matchByPhone(person);
            em.persist(row);
            rows.add(row);
        }
        return rows;
    }

    /** The clear petitioners of a case, in order. */
    List<PersonData> read(EntityManager em, long caseId) {
        List<PersonData> persons = new ArrayList<>();
        for (CasePerson row : rows(em, caseId)) {
            persons.add(new PersonData(open(row, "name", row.nameEnc), open(row, "address", row.addressEnc),
                    open(row, "idNumber", row.idNumberEnc), open(row, "phone", row.phoneEnc),
                    open(row, "email", row.emailEnc), open(row, "notes", row.notesEnc)));
        }
        return persons;
    }

    /** The number of petitioners of a case. */
    long count(EntityManager em, long caseId) {
        return em.createQuery("SELECT COUNT(p) FROM CasePerson p WHERE p.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult();
    }

    /** The match hashes of a case's petitioners (for duplicate detection). */
    Set<String> matchHashes(List<CasePerson> rows) {
        Set<String> hashes = new LinkedHashSet<>();
        rows.forEach(row -> addPresent(hashes, row.matchId, row.matchPhone));
        return hashes;
    }

    /** The match hashes of petitioners not stored yet (a duplicate check before saving). */
    Set<String> matchHashesOf(List<PersonData> persons) {
        Set<String> hashes = new LinkedHashSet<>();
        persons.forEach(person -> addPresent(hashes, matchById(person), matchByPhone(person)));
        return hashes;
    }

    private String matchById(PersonData person) {
        return matchHash("id", person.fullName(), normaliseId(person.idNumber()));
    }

    private String matchByPhone(PersonData person) {
        return matchHash("ph", person.fullName(), normalisePhone(person.phone()));
    }

    private static void addPresent(Set<String> hashes, String... values) {
        for (String value : values) {
            if (value != null) {
                hashes.add(value);
            }
        }
    }

    /** The search tokens of petitioner names: keyed hashes of folded name words, never the words. */
    Set<String> nameTokens(List<PersonData> persons) {
        Set<String> tokens = new LinkedHashSet<>();
        for (PersonData person : persons) {
            for (String word : TextFolding.distinctWords(person.fullName())) {
                tokens.add(nameToken(word));
            }
        }
        return tokens;
    }

    /** The token a folded query word matches in petitioner names. */
    String nameToken(String foldedWord) {
        return NAME_TOKEN_PREFIX + cipher.blindIndex("nm|" + foldedWord).substring(0, 40);
    }

    /**
     * Re-encrypts with the active key every value of a case encrypted with another key.
     *
     * @return the number of values re-encrypted
     */
    int reencrypt(EntityManager em, long caseId) {
        int count = 0;
        for (CasePerson row : rows(em, caseId)) {
            if (current(row.nameEnc, row.addressEnc, row.idNumberEnc, row.phoneEnc, row.emailEnc,
                    row.notesEnc)) {
                continue;
            }
            PersonData clear = new PersonData(open(row, "name", row.nameEnc), open(row, "address", row.addressEnc),
                    open(row, "idNumber", row.idNumberEnc), open(row, "phone", row.phoneEnc),
                    open(row, "email", row.emailEnc), open(row, "notes", row.notesEnc));
            seal(row, clear);
            count++;
        }
        return count;
    }

    /** Whether every present value is encrypted with the active key (absent values need nothing). */
    private boolean current(String... stored) {
        for (String value : stored) {
            if (!cipher.isCurrent(value)) {
                return false;
            }
        }
        return true;
    }

    private List<CasePerson> rows(EntityManager em, long caseId) {
        return em.createQuery("SELECT p FROM CasePerson p WHERE p.caseId = :c ORDER BY p.ordinal", CasePerson.class)
                .setParameter("c", caseId).getResultList();
    }

    private void seal(CasePerson row, PersonData person) {
        row.nameEnc = cipher.encrypt(blankToNull(person.fullName()), row.caseId, row.ordinal, "name");
        row.addressEnc = cipher.encrypt(blankToNull(person.address()), row.caseId, row.ordinal, "address");
        row.idNumberEnc = cipher.encrypt(blankToNull(person.idNumber()), row.caseId, row.ordinal, "idNumber");
        row.phoneEnc = cipher.encrypt(blankToNull(person.phone()), row.caseId, row.ordinal, "phone");
        row.emailEnc = cipher.encrypt(blankToNull(person.email()), row.caseId, row.ordinal, "email");
        row.notesEnc = cipher.encrypt(blankToNull(person.identityNotes()), row.caseId, row.ordinal, "notes");
    }

    private String open(CasePerson row, String field, String stored) {
        return cipher.decrypt(stored, row.caseId, row.ordinal, field);
    }

    private String matchHash(String kind, String name, String number) {
        String folded = TextFolding.fold(name);
        if (folded.isEmpty() || number == null) {
            return null;
        }
        return cipher.blindIndex(kind + "|" + folded + "|" + number);
    }

    static String normaliseId(String idNumber) {
        String folded = TextFolding.fold(idNumber).replace(" ", "");
        return folded.isEmpty() ? null : folded;
    }

    static String normalisePhone(String phone) {
        String digits = TextFolding.digits(phone);
        if (digits == null) {
            return null;
        }
        // +84 912 ... and 0912 ... are the same number
        if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
