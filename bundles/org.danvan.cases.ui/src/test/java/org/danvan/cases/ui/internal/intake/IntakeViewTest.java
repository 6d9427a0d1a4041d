package org.danvan.cases.ui.internal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.DuplicateCandidate;
import org.danvan.cases.ui.internal.testing.FakeCases;
import org.danvan.cases.ui.internal.testing.TestUsers;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The intake form built server-side over a stand-in engine. */
class IntakeViewTest {

    private final UiHarness ui = new UiHarness(TestUsers.OFFICER);
    private final FakeCases cases = new FakeCases();

    @AfterEach
    void close() {
        ui.close();
    }

    @SuppressWarnings("unchecked")
    private void fill(CaseKind kind) {
        // the receipt is made only when its link is fetched: CaseScreensIT prints and scans it in the distribution
        ui.ui.add(new IntakeView(cases, FakeUnits.sample(), null));
        ui.find("intake-kind", ComboBox.class).setValue(kind);
        ui.find("intake-content", TextArea.class).setValue("Đề nghị xem xét việc cấp giấy chứng nhận.");
    }

    @Test
    void aComplaintIsRecordedAndItsNumberCodeAndDuplicatesShown() {
        fill(CaseKind.COMPLAINT_FIRST);
        ui.find("intake-petitioner-0-name", TextField.class).setValue("Nguyễn Văn An");
        ui.find("intake-add-petitioner", Button.class).click();
        ui.find("intake-petitioner-1-name", TextField.class).setValue("Lê Thị Hoa");
        ui.find("intake-group", Checkbox.class).setValue(true);
        ui.find("intake-people-count", IntegerField.class).setValue(12);
        ui.find("intake-save", Button.class).click();

        assertEquals(12, cases.lastIntake.unitId(), "the officer's own unit by default");
        assertEquals(Channel.RECEPTION_OFFICE, cases.lastIntake.channel());
        assertEquals(List.of("Nguyễn Văn An", "Lê Thị Hoa"),
                cases.lastIntake.petitioners().stream().map(p -> p.fullName()).toList());
        assertEquals(12, cases.lastIntake.peopleCount());
        assertEquals("2026/000006", ui.find("intake-result-number", Paragraph.class).getElement()
                .getAttribute("data-number"));
        assertEquals("ABCD-EFGH", ui.find("intake-result-tracking", Paragraph.class).getElement()
                .getAttribute("data-code"));
        assertTrue(ui.findOptional("intake-duplicates", com.vaadin.flow.component.grid.Grid.class).isPresent());
    }

    @Test
    void possibleDuplicatesAreShownBeforeSavingAndTheOfficersAnswerGoesWithTheIntake() {
        fill(CaseKind.COMPLAINT_FIRST);
        ui.find("intake-petitioner-0-name", TextField.class).setValue("Nguyễn Văn An");
        cases.possibleNext = List.of(new DuplicateCandidate(5, "2026/000005", 12, "PERSON", 100, "OPEN"),
                new DuplicateCandidate(9, "2026/000009", 12, "CONTENT", 62, "OPEN"));
        ui.find("intake-save", Button.class).click();
        assertNull(cases.lastIntake, "nothing recorded while the officer decides");
        assertEquals("CONTENT", ui.find("intake-duplicate-check-same-9", Checkbox.class).getElement()
                .getAttribute("data-reason"));
        ui.find("intake-duplicate-check-back", Button.class).click();
        assertNull(cases.lastIntake, "back: nothing recorded");

        cases.possibleNext = List.of(new DuplicateCandidate(5, "2026/000005", 12, "PERSON", 100, "OPEN"),
                new DuplicateCandidate(9, "2026/000009", 12, "CONTENT", 62, "OPEN"));
        ui.find("intake-save", Button.class).click();
        ui.find("intake-duplicate-check-same-5", Checkbox.class).setValue(true);
        ui.find("intake-duplicate-check-save", Button.class).click();
        assertTrue(cases.calls.contains("answer shown=[5, 9] same=[5]"), cases.calls.toString());
        assertEquals("2026/000006", ui.find("intake-result-number", Paragraph.class).getElement()
                .getAttribute("data-number"));
    }

    @Test
    void binderStopsAMissingNameAndABadPhoneBeforeTheEngine() {
        fill(CaseKind.RECOMMENDATION);
        ui.find("intake-petitioner-0-phone", TextField.class).setValue("gọi tôi");
        ui.find("intake-save", Button.class).click();
        assertNull(cases.lastIntake);
        assertTrue(ui.find("intake-petitioner-0-name", TextField.class).isInvalid());
        assertTrue(ui.find("intake-petitioner-0-phone", TextField.class).isInvalid());
    }

    @Test
    void aRefusedEmailSaysWhyWhateverWasTyped() {
        fill(CaseKind.RECOMMENDATION);
        ui.find("intake-petitioner-0-name", TextField.class).setValue("Nguyễn Văn An");
        for (String typed : List.of("<script>window.__xss=1;alert(1)</script>", "an@", "an@x")) {
            ui.find("intake-petitioner-0-email", EmailField.class).setValue(typed);
            ui.find("intake-save", Button.class).click();
            assertNull(cases.lastIntake, typed);
            EmailField email = ui.find("intake-petitioner-0-email", EmailField.class);
            assertTrue(email.isInvalid(), typed);
            // the field's own check (pattern) must not leave it red without a word
            assertEquals(email.getTranslation("case.error.email"), email.getErrorMessage(), typed);
        }
    }

    @Test
    void anAnonymousDenunciationNeedsNoPetitioner() {
        fill(CaseKind.DENUNCIATION);
        ui.find("intake-anonymous", Checkbox.class).setValue(true);
        assertFalse(ui.find("intake-petitioners", com.vaadin.flow.component.orderedlayout.VerticalLayout.class)
                .isVisible());
        ui.find("intake-save", Button.class).click();
        assertTrue(cases.lastIntake.petitioners().isEmpty());
        assertEquals(CaseKind.DENUNCIATION, cases.lastIntake.kind());
    }

    @Test
    void theEnginesRefusalLandsOnThePetitionersField() {
        fill(CaseKind.COMPLAINT_FIRST);
        ui.find("intake-petitioner-0-name", TextField.class).setValue("Nguyễn Văn An");
        cases.refuseNext = new ValidationException(List.of(Violation.of("petitioners[0].fullName", "case.error.too-long",
                200), Violation.of(null, "case.error.source.invalid")));
        ui.find("intake-save", Button.class).click();
        assertTrue(ui.find("intake-petitioner-0-name", TextField.class).isInvalid());
        assertTrue(ui.find("intake-error", com.vaadin.flow.component.html.Span.class).getText()
                .contains("case.error.source.invalid"), "what concerns no field is shown above the buttons");
        assertFalse(ui.find("intake-result", Div.class).isVisible());
    }
}
