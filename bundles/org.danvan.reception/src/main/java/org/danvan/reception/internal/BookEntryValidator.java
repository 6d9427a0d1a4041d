package org.danvan.reception.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.reception.api.BookEntryDraft;
import org.danvan.reception.api.Disposition;

/** Checks a reception-book draft; returns the cleaned values or throws every reason at once. */
final class BookEntryValidator {

    /** The first year a book entry may be dated (older paper books are not transcribed). */
    static final int FIRST_YEAR = 1990;
    static final int MAX_PEOPLE = 10_000;

    /** A draft's texts, trimmed; the identity number without spaces. */
    record Clean(String name, String address, String idNumber, String content, String previouslyHandledBy,
            String transferredTo, String followUp, String notes, String refusalGround) {
    }

    private final OrgUnitDirectory units;

    BookEntryValidator(OrgUnitDirectory units) {
        this.units = units;
    }

    /**
     * @param sessionUnitId the unit of the draft's session when it names one that exists, empty when it names none;
     *            {@code null} when it names a session that does not exist
     */
    Clean validate(BookEntryDraft d, LocalDate today, Optional<Long> sessionUnitId) {
        Violations v = new Violations();
        v.required("receivedOn", d.receivedOn());
        v.notInFuture("receivedOn", d.receivedOn(), today);
        if (d.receivedOn() != null && d.receivedOn().getYear() < FIRST_YEAR) {
            v.add("receivedOn", "reception.validation.date-implausible");
        }
        // 200: the case engine's limit for a petitioner's name, so every entry can become a case
        String name = v.text("citizenName", d.citizenName(), true, 2, 200);
        if (name != null && TextFolding.words(name).size() > PersonalDataProtector.MAX_INDEXED_WORDS) {
            v.add("citizenName", "reception.validation.name-too-many-words", PersonalDataProtector.MAX_INDEXED_WORDS);
        } else if (name != null && TextFolding.words(name).isEmpty()) {
            v.add("citizenName", Violations.REQUIRED);
        }
        String address = v.text("citizenAddress", d.citizenAddress(), false, 0, 500);
        String idNumber = idNumber(v, d.idNumber());
        String content = v.text("content", d.content(), true, 1, 4000);
        v.required("petitionKind", d.petitionKind());
        v.within("peopleCount", d.peopleCount(), 1, MAX_PEOPLE);
        String previously = v.text("previouslyHandledBy", d.previouslyHandledBy(), false, 0, 500);
        v.required("disposition", d.disposition());
        boolean needsTarget = d.disposition() == Disposition.RETURN_AND_GUIDE
                || d.disposition() == Disposition.TRANSFER;
        boolean refused = d.disposition() == Disposition.REFUSE;
        String refusalGround = v.text("refusalGround", d.refusalGround(), refused, 3, 2000);
        if (!refused && (refusalGround != null || d.refusalNoticeOn() != null)) {
            v.add(refusalGround != null ? "refusalGround" : "refusalNoticeOn", "reception.validation.refusal-only");
        }
        if (d.refusalNoticeOn() != null) {
            v.notInFuture("refusalNoticeOn", d.refusalNoticeOn(), today);
            if (d.receivedOn() != null && d.refusalNoticeOn().isBefore(d.receivedOn())) {
                v.add("refusalNoticeOn", "reception.validation.before-reception");
            }
        }
        String transferredTo = v.text("transferredTo", d.transferredTo(), false, 2, 500);
        if (needsTarget && transferredTo == null) {
            v.add("transferredTo", "reception.validation.transfer-target-required");
        }
        String followUp = v.text("followUp", d.followUp(), false, 0, 2000);
        String notes = v.text("notes", d.notes(), false, 0, 2000);
        Optional<OrgUnitInfo> unit = units.find(d.unitId());
        if (unit.isEmpty()) {
            v.add("unitId", Violations.UNIT_UNKNOWN);
        } else if (d.receivedOn() != null && !unit.get().isValidOn(d.receivedOn())) {
            v.add("receivedOn", Violations.UNIT_NOT_VALID_ON, unit.get().name());
        }
        if (sessionUnitId == null) {
            v.add("sessionId", "reception.validation.session-unknown");
        } else if (sessionUnitId.isPresent() && sessionUnitId.get() != d.unitId()) {
            v.add("sessionId", "reception.validation.session-other-unit");
        }
        v.throwIfAny();
        return new Clean(name, address, idNumber, content, previously, needsTarget ? transferredTo : null, followUp,
                notes, refused ? refusalGround : null);
    }

    /** A citizen identity card number: 12 digits (CCCD) or 9 digits (old CMND); spaces are ignored. */
    private static String idNumber(Violations v, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String digits = raw.replace(" ", "");
        if (!digits.matches("\\d{9}|\\d{12}")) {
            v.add("idNumber", "reception.validation.id-number");
            return null;
        }
        return digits;
    }

    /** Whether a search text is an identity card number. */
    static Optional<String> asIdNumber(String text) {
        String digits = text.strip().replace(" ", "");
        return digits.matches("\\d{9}|\\d{12}") ? Optional.of(digits) : Optional.empty();
    }
}
