package org.danvan.cases.ui.internal.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseConflictException;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.Outcome;
import org.danvan.cases.ui.internal.testing.FakeCases;
import org.danvan.cases.ui.internal.testing.TestUsers;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The case detail built server-side over a stand-in engine: what it shows, and what its dialogs send. */
class CaseDetailViewTest {

    private final UiHarness ui = new UiHarness(TestUsers.OFFICER);
    private final FakeCases cases = new FakeCases();

    @AfterEach
    void close() {
        ui.close();
    }

    private CaseDetailView open(long id) {
        CaseDetailView view = new CaseDetailView(cases, FakeUnits.sample(), null);
        ui.ui.add(view);
        view.open(id);
        return view;
    }

    @Test
    void theHeaderShowsTheClockWithItsRuleAndTheTimelineWhoAndWhen() {
        open(5);
        assertEquals("2026/000005", ui.find("case-number", H2.class).getText());
        assertEquals("Luật Khiếu nại 02/2011/QH13, Điều 28", ui.find("case-next-due-citation", TextField.class).getValue());
        assertEquals("Nguyễn Thị Lan", ui.find("case-handler", TextField.class).getValue());
        assertEquals("Tỉnh Bắc Ninh › Xã Tiên Du", ui.find("case-unit", TextField.class).getValue());
        assertEquals("NEAR_DUE", ui.find("case-due-state", com.vaadin.flow.component.html.Span.class).getElement()
                .getAttribute("data-due"));
        assertEquals("INTAKE", ui.find("case-step-0", com.vaadin.flow.component.html.Div.class).getElement()
                .getAttribute("data-action"));
        assertEquals("ASSIGN", ui.find("case-step-1", com.vaadin.flow.component.html.Div.class).getElement()
                .getAttribute("data-action"));
        assertEquals("Nguyễn Văn An", ui.find("case-petitioners-0-name", TextField.class).getValue());
        // grid cells are rendered for the browser only: check the rows instead
        assertEquals(1, ui.find("case-duplicates", DuplicatesPanel.class).getGenericDataView().getItems().count());
        assertEquals(1, ui.find("case-attachments-grid", com.vaadin.flow.component.grid.Grid.class)
                .getGenericDataView().getItems().count());
    }

    @Test
    void aCommentGoesToTheEngineWithTheCase() {
        open(5);
        ui.find("case-comment-text", TextArea.class).setValue("Đề nghị xác minh thêm tại thôn");
        ui.find("case-comment-add", Button.class).click();
        assertTrue(cases.calls.contains("comment 5 Đề nghị xác minh thêm tại thôn"), cases.calls.toString());
    }

    @Test
    void onlyTheActionsTheEngineAllowsGetAButton() {
        cases.allowed = EnumSet.of(CaseAction.RESOLVE, CaseAction.EXTEND);
        open(5);
        assertTrue(ui.findOptional("case-do-resolve", Button.class).isPresent());
        assertTrue(ui.findOptional("case-do-extend", Button.class).isPresent());
        for (String absent : List.of("case-do-classify", "case-do-accept", "case-do-return-and-guide",
                "case-do-transfer", "case-do-assign", "case-do-close", "case-do-reopen")) {
            assertFalse(ui.findOptional(absent, Button.class).isPresent(), absent);
        }
        assertFalse(ui.findOptional("case-attachments-upload", com.vaadin.flow.component.upload.Upload.class)
                .isPresent(), "no ATTACH, no upload");
    }

    @Test
    void resolvingSendsTheVersionReadAndTheNextActionUsesTheNewOne() {
        open(5);
        ui.find("case-do-resolve", Button.class).click();
        @SuppressWarnings("unchecked")
        ComboBox<Outcome> outcome = ui.find("case-action-resolve-outcome", ComboBox.class);
        outcome.setValue(Outcome.PARTLY_UPHELD);
        ui.find("case-action-resolve-decision", TextField.class).setValue(" 15/QĐ-UBND ");
        Dialog dialog = ui.find("case-action-resolve", Dialog.class);
        ui.find("case-action-resolve-confirm", Button.class).click();
        assertTrue(cases.calls.stream().anyMatch(c -> c.startsWith("resolve 5 v3 PARTLY_UPHELD 15/QĐ-UBND")),
                cases.calls.toString());
        assertFalse(dialog.isOpened());
        assertFalse(ui.findOptional("case-action-resolve", Dialog.class).isPresent(), "a closed dialog leaves the UI");

        ui.find("case-do-close", Button.class).click();
        ui.find("case-action-close-confirm", Button.class).click();
        assertTrue(cases.calls.contains("close 5 v4 null"), "the version the engine returned: " + cases.calls);
    }

    @Test
    void suspensionContinuationAndPartialWithdrawalHaveTheirDialogs() {
        cases.allowed = EnumSet.of(CaseAction.SUSPEND, CaseAction.WITHDRAW_PART, CaseAction.TERMINATE);
        open(5);
        assertFalse(ui.findOptional("case-do-continue", Button.class).isPresent(), "not suspended");
        ui.find("case-do-suspend", Button.class).click();
        ui.find("case-action-suspend-confirm", Button.class).click();
        assertTrue(ui.find("case-action-suspend", Dialog.class).isOpened(), "no ground, no call");
        assertTrue(ui.find("case-action-suspend-ground", TextArea.class).isInvalid());
        assertFalse(cases.calls.stream().anyMatch(c -> c.startsWith("suspend")), cases.calls.toString());
        ui.find("case-action-suspend-decision", TextField.class).setValue(" 5/QĐ-UBND ");
        ui.find("case-action-suspend-ground", TextArea.class).setValue("Chờ kết quả giám định");
        ui.find("case-action-suspend-confirm", Button.class).click();
        assertTrue(cases.calls.stream().anyMatch(c -> c.startsWith("suspend 5 v3 ") && c.endsWith(
                " 5/QĐ-UBND Chờ kết quả giám định")), cases.calls.toString());

        ui.find("case-do-withdraw-part", Button.class).click();
        ui.find("case-action-withdraw-part-parts", TextArea.class).setValue("Phần bồi thường cây trồng");
        ui.find("case-action-withdraw-part-confirm", Button.class).click();
        assertTrue(cases.calls.stream().anyMatch(c -> c.startsWith("withdrawPart 5 v4 ") && c.endsWith(
                "Phần bồi thường cây trồng")), cases.calls.toString());
    }

    @Test
    void aComplaintDialogueIsRecordedWithItsNoticeDay() {
        cases.allowed = EnumSet.of(CaseAction.DIALOGUE);
        open(5);
        ui.find("case-do-dialogue", Button.class).click();
        ui.find("case-action-dialogue-confirm", Button.class).click();
        assertTrue(ui.find("case-action-dialogue", Dialog.class).isOpened(), "nothing filled, no call");
        assertTrue(ui.find("case-action-dialogue-participants", TextArea.class).isInvalid());
        assertTrue(ui.find("case-action-dialogue-notice-day", DatePicker.class).isInvalid());
        assertFalse(cases.calls.stream().anyMatch(c -> c.startsWith("recordDialogue")), cases.calls.toString());
        LocalDate heldOn = ui.find("case-action-dialogue-day", DatePicker.class).getValue();
        ui.find("case-action-dialogue-notice-day", DatePicker.class).setValue(heldOn.minusDays(6));
        ui.find("case-action-dialogue-participants", TextArea.class).setValue("Ông Bảy; chủ tịch UBND xã");
        ui.find("case-action-dialogue-content", TextArea.class).setValue("Thống nhất đo đạc lại");
        ui.find("case-action-dialogue-confirm", Button.class).click();
        assertTrue(cases.calls.contains("recordDialogue 5 v3 " + heldOn + " " + heldOn.minusDays(6)
                + " Ông Bảy; chủ tịch UBND xã Thống nhất đo đạc lại"), cases.calls.toString());
    }

    @Test
    void binderStopsAnIncompleteResolutionBeforeTheEngine() {
        open(5);
        ui.find("case-do-resolve", Button.class).click();
        ui.find("case-action-resolve-confirm", Button.class).click();
        assertTrue(cases.calls.stream().noneMatch(c -> c.startsWith("resolve")), cases.calls.toString());
        assertTrue(ui.find("case-action-resolve", Dialog.class).isOpened());
        assertTrue(ui.find("case-action-resolve-decision", TextField.class).isInvalid());
    }

    @Test
    void aConflictClosesTheDialogAndReloadsTheCase() {
        open(5);
        ui.find("case-do-accept", Button.class).click();
        cases.refuseNext = new CaseConflictException(CaseConflictException.CHANGED, null);
        long detailsBefore = cases.calls.stream().filter(c -> c.startsWith("detail")).count();
        Dialog dialog = ui.find("case-action-accept", Dialog.class);
        ui.find("case-action-accept-confirm", Button.class).click();
        assertFalse(dialog.isOpened());
        assertEquals(detailsBefore + 1, cases.calls.stream().filter(c -> c.startsWith("detail")).count());
    }

    @Test
    void theEnginesRefusalIsShownAtTheFieldItConcerns() {
        open(5);
        ui.find("case-do-extend", Button.class).click();
        ui.find("case-action-extend-days", com.vaadin.flow.component.textfield.IntegerField.class).setValue(30);
        ui.find("case-action-extend-decision", TextField.class).setValue("7/QĐ");
        ui.find("case-action-extend-reason", TextArea.class).setValue("Vụ việc phức tạp");
        cases.refuseNext = org.danvan.platform.api.validation.ValidationException.of("days",
                "case.error.extension.limit", 30);
        ui.find("case-action-extend-confirm", Button.class).click();
        assertTrue(ui.find("case-action-extend", Dialog.class).isOpened());
        assertTrue(ui.find("case-action-extend-days", com.vaadin.flow.component.textfield.IntegerField.class)
                .isInvalid());
    }

    @Test
    void aDenouncerIsMaskedUntilAReasonIsGivenAndTheEngineReveals() {
        cases.kind = CaseKind.DENUNCIATION;
        open(5);
        assertFalse(ui.findOptional("case-petitioners-0-name", TextField.class).isPresent());
        assertTrue(ui.findOptional("case-petitioners-masked", com.vaadin.flow.component.html.Div.class).isPresent());
        ui.find("case-unmask", Button.class).click();
        ui.find("case-unmask-dialog-reason", TextArea.class).setValue("ngắn");
        ui.find("case-unmask-dialog-confirm", Button.class).click();
        assertTrue(cases.calls.stream().noneMatch(c -> c.startsWith("unmask")), "too short: not sent");
        ui.find("case-unmask-dialog-reason", TextArea.class).setValue("Xác minh theo yêu cầu của Chánh thanh tra");
        ui.find("case-unmask-dialog-confirm", Button.class).click();
        assertTrue(cases.calls.contains("unmask 5 Xác minh theo yêu cầu của Chánh thanh tra"), cases.calls.toString());
        assertEquals("Trần Văn Bình", ui.find("case-unmasked-people-0-name", TextField.class).getValue());
    }

    @Test
    void anUnknownCaseSaysSo() {
        open(404);
        assertTrue(ui.find("case-detail-error", Paragraph.class).getText().contains(CaseConflictException.GONE));
    }
}
