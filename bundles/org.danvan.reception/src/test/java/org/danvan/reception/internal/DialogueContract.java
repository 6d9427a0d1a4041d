package org.danvan.reception.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.reception.api.Commitment;
import org.danvan.reception.api.CommitmentDraft;
import org.danvan.reception.api.CommitmentStatus;
import org.danvan.reception.api.Dialogue;
import org.danvan.reception.api.DialogueDraft;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** Dialogues with citizens and their commitments. */
abstract class DialogueContract extends ReceptionFixture {

    @Test
    void receptionAndDialoguesAreOfferedAsEvidenceForAUnitAndForAPerson() {
        org.danvan.reception.api.ReceptionSession planned = schedule.schedule(new org.danvan.reception.api
                .SessionDraft(COMMUNE, LocalDate.of(2026, 6, 3), "Trụ sở", org.danvan.reception.api.SessionKind
                        .REGULAR, CHAIR.userId(), "Nguyễn Văn An", org.danvan.reception.api.LeaderRole.HEAD, null),
                CHAIR);
        schedule.recordHeld(planned.id(), planned.version(), CHAIR.userId(), "Nguyễn Văn An",
                org.danvan.reception.api.LeaderRole.HEAD, CHAIR);
        held(COMMUNE, LocalDate.of(2026, 6, 10), org.danvan.reception.api.LeaderRole.DEPUTY);
        Dialogue dialogue = dialogues.record(new DialogueDraft(COMMUNE, LocalDate.of(2026, 6, 20),
                "Đối thoại về giải phóng mặt bằng", "Chủ tịch UBND xã, 35 hộ dân", "Giá bồi thường", null, List.of(
                        new CommitmentDraft("Trả lời bằng văn bản", "Phòng Kinh tế", null, LocalDate.of(2026, 7, 10)),
                        new CommitmentDraft("Họp lại với các hộ dân", "Nguyễn Văn An", CHAIR.userId(),
                                LocalDate.of(2026, 7, 30)))), MASS_ORG);
        Commitment answer = dialogue.commitments().get(0);
        dialogues.completeCommitment(answer.id(), answer.version(), LocalDate.of(2026, 7, 8), MASS_ORG);
        ReceptionEvidenceProvider provider = new ReceptionEvidenceProvider(schedule, dialogues);
        LocalDate from = LocalDate.of(2026, 1, 1);

        List<org.danvan.platform.api.evidence.Evidence> unit = provider.evidence(new org.danvan.platform.api
                .evidence.EvidenceQuery(COMMUNE, null, from, LocalDate.of(2026, 7, 15), java.util.Set.of(), CHAIR));
        assertEquals(List.of(ReceptionEvidenceProvider.SESSIONS_HELD, ReceptionEvidenceProvider.DIALOGUES,
                ReceptionEvidenceProvider.COMMITMENTS_KEPT), unit.stream().map(e -> e.kind()).toList());
        assertEquals(List.of(2L), unit.get(0).labelArgs(), "both sessions held, the deputy's too");
        assertEquals(List.of(1L), unit.get(1).labelArgs());
        assertEquals(List.of(1L, 1L), unit.get(2).labelArgs(), "one commitment due by 15 July, kept");

        List<org.danvan.platform.api.evidence.Evidence> his = provider.evidence(new org.danvan.platform.api
                .evidence.EvidenceQuery(COMMUNE, CHAIR.userId(), from, LocalDate.of(2026, 7, 31), java.util.Set.of(),
                        CHAIR));
        assertEquals(List.of(ReceptionEvidenceProvider.SESSIONS_HELD, ReceptionEvidenceProvider.COMMITMENTS_KEPT),
                his.stream().map(e -> e.kind()).toList(), "a dialogue is the unit's, not one person's");
        assertEquals("reception.evidence.person.sessionsHeld.value", his.get(0).labelKey());
        assertEquals(List.of(1L), his.get(0).labelArgs(), "he received citizens himself once");
        assertEquals(List.of(0L, 1L), his.get(1).labelArgs(), "his commitment of 30 July is not done");
        assertEquals(false, his.get(1).meetsTarget());
        assertEquals(List.of(), provider.evidence(new org.danvan.platform.api.evidence.EvidenceQuery(COMMUNE, null,
                from, LocalDate.of(2026, 7, 15), java.util.Set.of(), WARD_OFFICER)), "outside the asker's scope");
    }

    @Test
    void dialogueCommitmentsAreOpenOverdueOrDone() {
        Dialogue dialogue = dialogues.record(new DialogueDraft(COMMUNE, LocalDate.of(2026, 6, 20),
                "Đối thoại về giải phóng mặt bằng đường tỉnh 276", "Chủ tịch UBND xã, 35 hộ dân thôn Đông",
                "Giá bồi thường đất nông nghiệp; thời hạn bàn giao mặt bằng", null, List.of(
                        new CommitmentDraft("Trả lời bằng văn bản về giá bồi thường", "Phòng Kinh tế", null,
                                LocalDate.of(2026, 7, 10)),
                        new CommitmentDraft("Tổ chức họp lại với các hộ dân", "Nguyễn Văn An", 1L,
                                LocalDate.of(2026, 7, 30)))), MASS_ORG);

        assertEquals(List.of(CommitmentStatus.OVERDUE, CommitmentStatus.OPEN), dialogue.commitments().stream()
                .map(Commitment::status).toList());
        List<Commitment> due = dialogues.commitmentsDue(COMMUNE, LocalDate.of(2026, 7, 31), MASS_ORG);
        assertEquals(2, due.size());

        Commitment overdue = dialogue.commitments().get(0);
        Commitment done = dialogues.completeCommitment(overdue.id(), overdue.version(), LocalDate.of(2026, 7, 14),
                MASS_ORG);
        assertEquals(CommitmentStatus.DONE, done.status());
        assertEquals(1, dialogues.commitmentsDue(COMMUNE, LocalDate.of(2026, 7, 31), MASS_ORG).size());
        assertThrows(OptimisticLockException.class, () -> dialogues.completeCommitment(overdue.id(),
                overdue.version(), LocalDate.of(2026, 7, 14), MASS_ORG));

        Dialogue read = dialogues.find(dialogue.id(), CHAIR).orElseThrow();
        assertEquals("Đối thoại về giải phóng mặt bằng đường tỉnh 276", read.topic());
        assertEquals(List.of(read.id()), dialogues.dialogues(COMMUNE, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 30), CHAIR).stream().map(Dialogue::id).toList());
        assertThrows(AccessDeniedException.class, () -> dialogues.record(new DialogueDraft(COMMUNE,
                LocalDate.of(2026, 6, 20), "Chủ đề", "Người dự", "Vấn đề", null, List.of()), OFFICER));
    }

    @Test
    void aDialogueCorrectionKeepsDoneCommitmentsAndRefusesStaleVersions() {
        Dialogue dialogue = dialogues.record(new DialogueDraft(COMMUNE, LocalDate.of(2026, 7, 1), "Chủ đề",
                "Người tham dự", "Vấn đề nêu ra", null, List.of(new CommitmentDraft("Việc một", "Ông A", null,
                        LocalDate.of(2026, 7, 5)), new CommitmentDraft("Việc hai", "Bà B", null,
                                LocalDate.of(2026, 7, 20)))), MASS_ORG);
        Commitment first = dialogue.commitments().get(0);
        dialogues.completeCommitment(first.id(), first.version(), LocalDate.of(2026, 7, 4), MASS_ORG);

        Dialogue corrected = dialogues.correct(dialogue.id(), dialogue.version(), new DialogueDraft(COMMUNE,
                LocalDate.of(2026, 7, 1), "Chủ đề đã sửa", "Người tham dự", "Vấn đề nêu ra", "Theo dõi tiếp",
                List.of(new CommitmentDraft("Việc ba", "Ông C", null, LocalDate.of(2026, 8, 1)))), MASS_ORG);

        assertEquals(List.of("Việc một", "Việc ba"), corrected.commitments().stream().map(Commitment::description)
                .toList());
        assertThrows(OptimisticLockException.class, () -> dialogues.correct(dialogue.id(), dialogue.version(),
                new DialogueDraft(COMMUNE, LocalDate.of(2026, 7, 1), "Khác", "Người tham dự", "Vấn đề", null,
                        List.of()), MASS_ORG));
        ValidationException refused = assertThrows(ValidationException.class, () -> dialogues.record(
                new DialogueDraft(COMMUNE, LocalDate.of(2026, 7, 1), "Chủ đề", "Người", "Vấn đề", null, List.of(
                        new CommitmentDraft("Việc", "Ông D", null, LocalDate.of(2026, 6, 1)))), MASS_ORG));
        assertEquals("commitments[0].dueOn", refused.violations().get(0).field());
        assertNotNull(refused.violations().get(0).messageKey());
    }
}
