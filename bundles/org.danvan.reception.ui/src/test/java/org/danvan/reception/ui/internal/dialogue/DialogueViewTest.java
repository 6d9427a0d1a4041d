package org.danvan.reception.ui.internal.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.reception.api.Commitment;
import org.danvan.reception.api.CommitmentDraft;
import org.danvan.reception.api.CommitmentStatus;
import org.danvan.reception.api.Dialogue;
import org.danvan.reception.api.DialogueDraft;
import org.danvan.reception.ui.internal.testing.FakeDialogues;
import org.danvan.reception.ui.internal.testing.TestUsers;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

import jakarta.persistence.OptimisticLockException;

class DialogueViewTest {

    private final FakeDialogues service = new FakeDialogues();
    private final LocalDate today = LocalizedDates.today();
    private UiHarness harness;

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    private DialogueView open(org.danvan.platform.api.security.UserPrincipal user) {
        harness = new UiHarness(user);
        DialogueView view = new DialogueView(service, FakeUnits.sample());
        harness.ui.add(view);
        return view;
    }

    private Dialogue held(LocalDate day, CommitmentDraft... commitments) {
        return service.record(new DialogueDraft(12, day, "Giải phóng mặt bằng", "Ông A\nBà B", "Giá bồi thường", null,
                List.of(commitments)), TestUsers.OFFICER);
    }

    @Test
    void commitmentsDueComeFirst() {
        held(today.minusDays(20), new CommitmentDraft("Trả lời bằng văn bản", "Phòng Kinh tế", null, today.minusDays(2)),
                new CommitmentDraft("Đo đạc lại", "Địa chính xã", null, today.plusDays(60)));
        DialogueView view = open(TestUsers.OFFICER);
        List<Component> order = view.getChildren().toList();
        assertTrue(order.indexOf(view.due) < order.indexOf(view.list));
        assertEquals(List.of(today.plusDays(DialogueView.DUE_AHEAD_DAYS)), service.commitmentsDueBy);
        Commitment overdue = service.dialogues.values().iterator().next().commitments().get(0);
        assertTrue(harness.findOptional(view.due, "reception-due-" + overdue.id(), Component.class).isPresent());
        Commitment later = service.dialogues.values().iterator().next().commitments().get(1);
        assertTrue(harness.findOptional(view.due, "reception-due-" + later.id(), Component.class).isEmpty(),
                "a commitment due in two months is not yet due");
    }

    @Test
    void markingACommitmentDone() {
        Dialogue dialogue = held(today.minusDays(20),
                new CommitmentDraft("Trả lời bằng văn bản", "Phòng Kinh tế", null, today.minusDays(2)));
        Commitment commitment = dialogue.commitments().get(0);
        DialogueView view = open(TestUsers.OFFICER);
        harness.find(view.due, "reception-due-done-" + commitment.id(), Button.class).click();
        DoneDialog done = harness.find("reception-done-dialog", DoneDialog.class);
        assertEquals(today, done.doneOn.getValue());
        done.save.click();
        Commitment stored = service.dialogues.get(dialogue.id()).commitments().get(0);
        assertEquals(CommitmentStatus.DONE, stored.status());
        assertEquals(today, stored.doneOn());
        assertTrue(harness.findOptional(view.due, "reception-due-" + commitment.id(), Component.class).isEmpty());
    }

    @Test
    void recordingADialogueWithCommitments() {
        open(TestUsers.OFFICER);
        harness.find("reception-dialogue-new", Button.class).click();
        DialogueDialog dialog = harness.find("reception-dialogue-dialog", DialogueDialog.class);
        dialog.topic.setValue("Ô nhiễm môi trường");
        dialog.participants.setValue("Hộ dân thôn Đông\nĐại diện công ty");
        dialog.issuesRaised.setValue("Khói bụi từ nhà máy");
        dialog.addCommitment.click();
        dialog.addCommitment.click();
        dialog.rows.get(0).description.setValue("Quan trắc không khí");
        dialog.rows.get(0).owner.setValue("Phòng Tài nguyên");
        dialog.rows.get(0).dueOn.setValue(today.plusDays(14));
        dialog.rows.get(1).remove.click();
        dialog.save.click();
        assertFalse(dialog.isOpened());
        Dialogue stored = service.dialogues.values().iterator().next();
        assertEquals("Ô nhiễm môi trường", stored.topic());
        assertEquals(1, stored.commitments().size());
        assertEquals("Phòng Tài nguyên", stored.commitments().get(0).owner());
        assertEquals(today.plusDays(14), stored.commitments().get(0).dueOn());
    }

    @Test
    void anIncompleteCommitmentIsNotSent() {
        open(TestUsers.OFFICER);
        harness.find("reception-dialogue-new", Button.class).click();
        DialogueDialog dialog = harness.find("reception-dialogue-dialog", DialogueDialog.class);
        dialog.topic.setValue("Ô nhiễm môi trường");
        dialog.participants.setValue("Hộ dân thôn Đông");
        dialog.issuesRaised.setValue("Khói bụi");
        dialog.addCommitment.click();
        dialog.rows.get(0).description.setValue("Quan trắc không khí");
        dialog.rows.get(0).dueOn.setValue(today.minusYears(1));
        dialog.save.click();
        assertTrue(service.dialogues.isEmpty());
        assertTrue(dialog.rows.get(0).owner.isInvalid());
        assertTrue(dialog.rows.get(0).dueOn.isInvalid(), "due before the dialogue");
    }

    @Test
    void aServiceRefusalOfTheSecondCommitmentMarksThatRow() {
        open(TestUsers.OFFICER);
        harness.find("reception-dialogue-new", Button.class).click();
        DialogueDialog dialog = harness.find("reception-dialogue-dialog", DialogueDialog.class);
        dialog.topic.setValue("Ô nhiễm môi trường");
        dialog.participants.setValue("Hộ dân thôn Đông");
        dialog.issuesRaised.setValue("Khói bụi");
        for (int i = 0; i < 3; i++) {
            dialog.addCommitment.click();
            dialog.rows.get(i).description.setValue("Việc " + i);
            dialog.rows.get(i).owner.setValue("Phòng " + i);
            dialog.rows.get(i).dueOn.setValue(today.plusDays(7));
        }
        // the first row removed: the service's index 1 is the third row as added
        dialog.rows.get(0).remove.click();
        service.refuseNext = ValidationException.of("commitments[1].owner", "reception.validation.too-long", 255);
        dialog.save.click();
        assertTrue(dialog.isOpened());
        assertEquals("reception-commitment-2", dialog.rows.get(1).getId().orElseThrow());
        assertTrue(dialog.rows.get(1).owner.isInvalid());
        assertFalse(dialog.rows.get(0).owner.isInvalid());
    }

    @Test
    void correctingKeepsDoneCommitmentsOutOfTheForm() {
        Dialogue dialogue = held(today.minusDays(10),
                new CommitmentDraft("Trả lời bằng văn bản", "Phòng Kinh tế", null, today.minusDays(2)),
                new CommitmentDraft("Đo đạc lại", "Địa chính xã", null, today.plusDays(5)));
        service.completeCommitment(dialogue.commitments().get(0).id(), 1, today, TestUsers.OFFICER);
        DialogueView view = open(TestUsers.OFFICER);
        view.correct(service.dialogues.get(dialogue.id()));
        DialogueDialog dialog = harness.find("reception-dialogue-dialog", DialogueDialog.class);
        assertEquals(1, dialog.rows.size(), "only the open commitment is editable");
        assertEquals("Đo đạc lại", dialog.rows.get(0).description.getValue());
        service.refuseNext = new OptimisticLockException("stale");
        dialog.save.click();
        assertFalse(dialog.isOpened());
        assertEquals(1, service.dialogues.get(dialogue.id()).version());
    }

    @Test
    void aReaderCannotRecord() {
        Dialogue dialogue = held(today.minusDays(3),
                new CommitmentDraft("Trả lời bằng văn bản", "Phòng Kinh tế", null, today.plusDays(2)));
        DialogueView view = open(TestUsers.READER);
        assertTrue(harness.findOptional("reception-dialogue-new", Button.class).isEmpty());
        assertTrue(harness.findOptional(view, "reception-due-done-" + dialogue.commitments().get(0).id(), Button.class)
                .isEmpty());
        assertTrue(harness.findOptional(view, "reception-dialogue-" + dialogue.id(), Component.class).isPresent());
    }
}
