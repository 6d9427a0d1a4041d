package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.DuplicateAnswer;
import org.danvan.cases.api.DuplicateCandidate;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.Worklist;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.junit.jupiter.api.Test;

/** Diacritic-insensitive search and duplicate detection at intake. */
abstract class SearchAndDuplicatesContract extends CaseEngineFixture {

    private List<String> numbers(String text) {
        return engine.find(INSPECTOR, CaseQuery.of(Worklist.ALL).withText(text)).items().stream()
                .map(CaseSummary::number).sorted().toList();
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        String an = intake(CaseKind.RECOMMENDATION, person("Nguyễn Văn An", null, null), "Kiến nghị làm đường")
                .number();
        String dang = intake(CaseKind.REFLECTION, person("Trần Văn Tư", null, null),
                "Phản ánh ông Đặng Quốc Việt lấn chiếm vỉa hè").number();
        intake(CaseKind.REFLECTION, person("Lý Thị Năm", null, null), "Phản ánh rác thải");

        assertEquals(List.of(an), numbers("nguyen van an"));
        assertEquals(List.of(an), numbers("NGUYỄN văn AN"));
        assertEquals(List.of(dang), numbers("dang"));
        assertEquals(List.of(dang), numbers("đặng quoc"));
        assertEquals(List.of(dang), numbers("lan chi"), "content words match by prefix");
        assertEquals(List.of(), numbers("nguyen van binh"), "every word must match");
        assertEquals(List.of(), numbers("ph"), "words of one or two letters match whole words only");
        assertEquals(List.of(dang), numbers("ong dang"), "...and do match whole words");
        assertEquals(List.of(an), numbers(an), "the case number is searchable");
        assertEquals(3, engine.find(INSPECTOR, CaseQuery.of(Worklist.ALL).withText("  ,; ")).total(),
                "no words: no text restriction");
    }

    @Test
    void theSearchUsesAnIndexedTokenTableNotAScan() {
        intake(CaseKind.REFLECTION, person("Trần Văn Tư", null, null), "Phản ánh ông Đặng Quốc Việt");
        long tokens = store.read(em -> em.createQuery("SELECT COUNT(t) FROM SearchToken t WHERE t.token LIKE 'dang%'",
                Long.class).getSingleResult());
        assertEquals(1, tokens);
        long nameTokens = store.read(em -> em.createQuery("SELECT COUNT(t) FROM SearchToken t WHERE t.token "
                + "LIKE '#%'", Long.class).getSingleResult());
        assertEquals(3, nameTokens, "tran, van, tu as keyed hashes");
        long clearName = store.read(em -> em.createQuery("SELECT COUNT(t) FROM SearchToken t WHERE t.token = 'tran'",
                Long.class).getSingleResult());
        assertEquals(0, clearName, "petitioner names are not stored as clear tokens");
    }

    @Test
    void samePersonIsACandidateAcrossUnitsWhateverTheSpelling() {
        IntakeReceipt first = intake(TestOrgUnits.TIEN_DU, CaseKind.COMPLAINT_FIRST,
                person("Nguyễn Thị Thu", "027190001111", "0912 000 111"), "Khiếu nại đền bù giải phóng mặt bằng",
                LocalDate.of(2026, 2, 2));
        IntakeReceipt second = intake(TestOrgUnits.LIM, CaseKind.COMPLAINT_FIRST,
                person("NGUYEN THI THU", null, "+84 912000111"), "Đơn về việc hàng xóm xây tường", TODAY);
        assertEquals(1, second.duplicates().size());
        DuplicateCandidate candidate = second.duplicates().get(0);
        assertEquals(first.caseId(), candidate.otherCaseId());
        assertEquals(TestOrgUnits.TIEN_DU, candidate.otherUnitId());
        assertEquals("PERSON", candidate.reason());

        IntakeReceipt namesake = intake(TestOrgUnits.LIM, CaseKind.COMPLAINT_FIRST,
                person("Nguyễn Thị Thu", "999999999999", "0900000000"), "Việc khác hẳn", TODAY);
        assertTrue(namesake.duplicates().isEmpty(), "a namesake with another ID and phone is not a candidate");
    }

    @Test
    void similarContentIsACandidateWithinTheWindowOnly() {
        String text = "Tố cáo ông Trưởng thôn Đông thu tiền đóng góp xây nhà văn hóa không có biên lai "
                + "và không công khai số tiền đã thu của các hộ dân trong thôn";
        IntakeReceipt old = intake(TestOrgUnits.TIEN_DU, CaseKind.DENUNCIATION, null, text,
                LocalDate.of(2024, 12, 1));
        IntakeReceipt recent = intake(TestOrgUnits.TIEN_DU, CaseKind.DENUNCIATION, null, text + ".",
                LocalDate.of(2026, 1, 5));
        assertTrue(recent.duplicates().isEmpty(), "the 2024 letter is outside the 365-day window");
        IntakeReceipt again = intake(TestOrgUnits.LIM, CaseKind.DENUNCIATION, null,
                "Kính gửi UBND. " + text + ", đề nghị xem xét", TODAY);
        assertEquals(Set.of(recent.caseId()),
                Set.copyOf(again.duplicates().stream().map(DuplicateCandidate::otherCaseId).toList()));
        assertEquals("CONTENT", again.duplicates().get(0).reason());
        assertTrue(again.duplicates().get(0).score() >= 50, "score " + again.duplicates().get(0).score());
        IntakeReceipt unrelated = intake(CaseKind.DENUNCIATION, null, "Tố cáo việc khai thác cát trái phép ven sông");
        assertTrue(unrelated.duplicates().isEmpty());
        assertTrue(old.duplicates().isEmpty());

        engine.linkDuplicate(INSPECTOR, again.caseId(), recent.caseId());
        assertEquals("LINKED", engine.detail(INSPECTOR, recent.caseId()).duplicates().get(0).state());
        engine.dismissDuplicate(INSPECTOR, again.caseId(), recent.caseId());
        assertEquals("DISMISSED", engine.detail(INSPECTOR, again.caseId()).duplicates().get(0).state());
    }

    @Test
    void possibleDuplicatesAreShownBeforeSavingAndTheOfficersAnswerIsRecordedAtIntake() {
        IntakeReceipt first = intake(TestOrgUnits.TIEN_DU, CaseKind.COMPLAINT_FIRST,
                person("Nguyễn Thị Thu", "027190001111", "0912 000 111"), "Khiếu nại đền bù giải phóng mặt bằng",
                LocalDate.of(2026, 2, 2));
        String text = "Phản ánh đoạn đường liên thôn Đông Xá bị sụt lún sau mưa, xe máy đi lại rất nguy hiểm vào ban"
                + " đêm, đề nghị xã sửa chữa sớm";
        IntakeReceipt other = intake(TestOrgUnits.LIM, CaseKind.REFLECTION, person("Lê Văn Hải", null, null), text,
                LocalDate.of(2026, 2, 3));
        IntakeRequest letter = new IntakeRequest(TestOrgUnits.TIEN_DU, CaseKind.REFLECTION, Channel.RECEPTION_OFFICE,
                null, List.of(person("NGUYEN THI THU", null, "0912000111")), false, 1, "UBND xã Tiên Du",
                text + ". Xin cảm ơn.", TODAY, null, null);
        long before = store.read(em -> em.createQuery("SELECT COUNT(c) FROM CaseRecord c", Long.class)
                .getSingleResult());

        List<DuplicateCandidate> shown = engine.possibleDuplicates(RECEPTION, letter);
        assertEquals(Set.of(first.caseId(), other.caseId()),
                Set.copyOf(shown.stream().map(DuplicateCandidate::otherCaseId).toList()), "same person, same wording");
        long after = store.read(em -> em.createQuery("SELECT COUNT(c) FROM CaseRecord c", Long.class)
                .getSingleResult());
        assertEquals(before, after, "nothing stored by the check");
        assertThrows(org.danvan.platform.api.security.AccessDeniedException.class,
                () -> engine.possibleDuplicates(LIM_OFFICER, letter), "only who may record at the unit");

        IntakeReceipt saved = engine.intake(RECEPTION, letter,
                new DuplicateAnswer(Set.of(first.caseId(), other.caseId()), Set.of(other.caseId())));
        java.util.Map<Long, String> states = new java.util.HashMap<>();
        engine.detail(INSPECTOR, saved.caseId()).duplicates().forEach(d -> states.put(d.otherCaseId(), d.state()));
        assertEquals(java.util.Map.of(other.caseId(), "LINKED", first.caseId(), "DISMISSED"), states);
        assertThrows(IllegalArgumentException.class, () -> new DuplicateAnswer(Set.of(1L), Set.of(2L)),
                "only a case shown can be judged the same matter");
    }

    @Test
    void aDenunciationIsTransferredOnceForTheSameContent() {
        long first = intake(CaseKind.DENUNCIATION, null, "Tố cáo cán bộ thuế nhận tiền").caseId();
        long second = intake(CaseKind.DENUNCIATION, null, "Tố cáo cán bộ thuế xã nhận tiền của dân").caseId();
        long other = intake(CaseKind.DENUNCIATION, null, "Tố cáo việc đổ trộm phế thải").caseId();
        engine.transfer(CHAIR, first, version(first), "Thanh tra tỉnh", TestOrgUnits.PROVINCE, null);
        engine.linkDuplicate(CHAIR, second, first);
        assertRefused("case.error.transfer.once",
                () -> engine.transfer(CHAIR, second, version(second), "Công an tỉnh", null, "lần hai"));
        engine.transfer(CHAIR, other, version(other), "Phòng Tài nguyên", null, null);

        long complaint = intake(CaseKind.COMPLAINT_FIRST, person("Vũ Văn Mười", null, null), "Khiếu nại").caseId();
        engine.transfer(CHAIR, complaint, version(complaint), "UBND tỉnh", null, null);
    }
}
