package org.danvan.reception.ui.internal.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.reception.api.BookEntry;
import org.danvan.reception.api.BookEntryDraft;
import org.danvan.reception.api.Disposition;
import org.danvan.reception.api.PetitionKind;
import org.danvan.reception.api.ReceptionBook;
import org.danvan.reception.ui.internal.testing.FakeBook;
import org.danvan.reception.ui.internal.testing.TestUsers;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.persistence.OptimisticLockException;

class BookViewTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final FakeBook book = new FakeBook();
    private UiHarness harness;

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    private BookView open(org.danvan.platform.api.security.UserPrincipal user) {
        harness = new UiHarness(user);
        BookView view = new BookView(book, FakeUnits.sample());
        harness.ui.add(view);
        return view;
    }

    private BookEntry entry(Disposition disposition, Long caseId) {
        return book.addEntry(new BookEntryDraft(12, DAY, "Nguyễn Văn An", "Thôn Đông", null, "Tranh chấp đất đai",
                PetitionKind.COMPLAINT, 1, null, disposition, disposition == Disposition.ACCEPT ? null : "UBND huyện",
                null, null, null), caseId);
    }

    @Test
    void theBookOpensOnTheUsersUnitAndRefusesAReversedRange() {
        BookView view = open(TestUsers.OFFICER);
        assertEquals(12L, view.currentFilter().unitId());
        view.from.setValue(DAY);
        view.to.setValue(DAY.minusDays(1));
        assertTrue(view.to.isInvalid());
        assertNull(view.currentFilter().to(), "a reversed range is not sent");
        view.to.setValue(DAY.plusDays(3));
        assertFalse(view.to.isInvalid());
        assertEquals(DAY, view.currentFilter().from());
        assertEquals(DAY.plusDays(3), view.currentFilter().to());
    }

    @Test
    void recordingAnEntrySendsTheForm03Columns() {
        BookView view = open(TestUsers.OFFICER);
        harness.find("reception-book-new", Button.class).click();
        EntryDialog dialog = harness.find("reception-entry-dialog", EntryDialog.class);
        dialog.form.receivedOn.setValue(DAY);
        harness.find("reception-entry-citizenName", TextField.class).setValue("  Trần Thị Bình ");
        harness.find("reception-entry-idNumber", TextField.class).setValue("001 234 567 890");
        harness.find("reception-entry-content", TextArea.class).setValue("Đề nghị cấp giấy chứng nhận");
        @SuppressWarnings("unchecked")
        ComboBox<PetitionKind> kind = harness.find("reception-entry-petitionKind", ComboBox.class);
        kind.setValue(PetitionKind.RECOMMENDATION);
        dialog.form.disposition.setValue(Disposition.ACCEPT);
        harness.find("reception-entry-save", Button.class).click();

        assertEquals(1, book.entries.size());
        BookEntry stored = book.entries.values().iterator().next();
        assertEquals(12, stored.unitId());
        assertEquals("Trần Thị Bình", stored.citizenName());
        assertEquals("001 234 567 890", stored.idNumber());
        assertEquals(PetitionKind.RECOMMENDATION, stored.petitionKind());
        assertEquals(1, stored.peopleCount());
        assertNull(stored.citizenAddress(), "an empty optional column is sent as null");
        assertFalse(dialog.isOpened());
        assertTrue(view.isAttached());
    }

    @Test
    void theFormRefusesWhatTheServiceWouldRefuse() {
        open(TestUsers.OFFICER);
        harness.find("reception-book-new", Button.class).click();
        EntryDialog dialog = harness.find("reception-entry-dialog", EntryDialog.class);
        dialog.form.citizenName.setValue("A");
        dialog.form.idNumber.setValue("12345");
        dialog.form.content.setValue("Nội dung");
        dialog.form.petitionKind.setValue(PetitionKind.COMPLAINT);
        dialog.form.disposition.setValue(Disposition.TRANSFER);
        dialog.save.click();
        assertTrue(book.entries.isEmpty());
        assertTrue(dialog.form.citizenName.isInvalid());
        assertTrue(dialog.form.idNumber.isInvalid());
        assertTrue(dialog.form.transferredTo.isInvalid(), "a transfer names the body it goes to");
        assertTrue(dialog.isOpened());
    }

    @Test
    void aServiceRefusalIsShownAtItsField() {
        open(TestUsers.OFFICER);
        harness.find("reception-book-new", Button.class).click();
        EntryDialog dialog = harness.find("reception-entry-dialog", EntryDialog.class);
        dialog.form.receivedOn.setValue(DAY);
        dialog.form.citizenName.setValue("Trần Thị Bình");
        dialog.form.content.setValue("Nội dung");
        dialog.form.petitionKind.setValue(PetitionKind.COMPLAINT);
        dialog.form.disposition.setValue(Disposition.ACCEPT);
        book.refuseNext = ValidationException.of("receivedOn", "reception.validation.unit-not-valid-on", "Xã Tiên Du");
        dialog.save.click();
        assertTrue(dialog.form.receivedOn.isInvalid());
        assertTrue(dialog.form.receivedOn.getErrorMessage().contains("reception.validation.unit-not-valid-on"));
        assertTrue(dialog.isOpened());
    }

    @Test
    void aStaleCorrectionClosesTheDialog() {
        BookView view = open(TestUsers.OFFICER);
        BookEntry entry = entry(Disposition.ACCEPT, null);
        view.correct(entry);
        EntryDialog dialog = harness.find("reception-entry-dialog", EntryDialog.class);
        assertTrue(dialog.form.unit.isReadOnly(), "a line cannot move to another unit's book");
        assertEquals("Nguyễn Văn An", dialog.form.citizenName.getValue());
        dialog.form.notes.setValue("Đã hẹn lịch");
        book.refuseNext = new OptimisticLockException("stale");
        dialog.save.click();
        assertFalse(dialog.isOpened());
        assertNull(book.entries.get(entry.id()).notes(), "nothing was written");
    }

    @Test
    void createCaseFromEntryLinksToTheCase() {
        BookView view = open(TestUsers.OFFICER);
        BookEntry entry = entry(Disposition.ACCEPT, null);
        Component cell = view.actions(entry);
        Button open = harness.find(cell, "reception-entry-open-case-" + entry.id(), Button.class);
        open.click();
        assertEquals(List.of(entry.id()), book.openCaseCalls);
        long caseId = book.entries.get(entry.id()).caseId();
        Anchor link = harness.find("reception-case-link", Anchor.class);
        assertEquals("ho-so-vu-viec/chi-tiet?id=" + caseId, link.getHref());
        // the line now links to its case instead of offering to create one
        Component after = view.actions(book.entries.get(entry.id()));
        assertTrue(harness.findOptional(after, "reception-entry-open-case-" + entry.id(), Button.class).isEmpty());
        assertEquals("ho-so-vu-viec/chi-tiet?id=" + caseId,
                harness.find(after, "reception-entry-case-" + entry.id(), Anchor.class).getHref());
    }

    @Test
    void aReturnedPetitionOffersNoCaseAndAMissingEngineIsExplained() {
        BookView view = open(TestUsers.OFFICER);
        BookEntry returned = entry(Disposition.RETURN_AND_GUIDE, null);
        assertTrue(harness.findOptional(view.actions(returned), "reception-entry-open-case-" + returned.id(),
                Button.class).isEmpty());
        BookEntry accepted = entry(Disposition.ACCEPT, null);
        book.caseEngineMissing = true;
        view.openCase(accepted);
        assertTrue(harness.findOptional("reception-case-link", Anchor.class).isEmpty());
        assertNull(book.entries.get(accepted.id()).caseId());
    }

    @Test
    void aReaderSeesTheBookButCannotWriteIt() {
        BookView view = open(TestUsers.READER);
        assertTrue(harness.findOptional("reception-book-new", Button.class).isEmpty());
        BookEntry entry = entry(Disposition.ACCEPT, null);
        Component cell = view.actions(entry);
        assertTrue(harness.findOptional(cell, "reception-entry-edit-" + entry.id(), Button.class).isEmpty());
        assertTrue(harness.findOptional(cell, "reception-entry-open-case-" + entry.id(), Button.class).isEmpty());
    }

    @Test
    void aPhoneKeepsTheEssentialColumns() {
        BookView view = open(TestUsers.OFFICER);
        view.fitWidth(390);
        assertEquals(5, view.grid.getColumns().stream().filter(c -> c.isVisible()).count(),
                "number, date, name, content, actions");
        view.fitWidth(1280);
        assertEquals(12, view.grid.getColumns().stream().filter(c -> c.isVisible()).count(), "the form-03 columns");
    }

    @Test
    void largeRequestsAreCutIntoServicePages() {
        harness = new UiHarness(TestUsers.OFFICER);
        for (int i = 0; i < 450; i++) {
            entry(Disposition.ACCEPT, null);
        }
        BookSource source = new BookSource(book, TestUsers.OFFICER);
        book.pageCalls.clear();
        assertEquals(450, source.fetch(org.danvan.reception.api.BookFilter.any(), 0, 500).count());
        assertEquals(3, book.pageCalls.size());
        assertTrue(book.pageCalls.stream().allMatch(c -> c[1] <= ReceptionBook.MAX_PAGE_SIZE));
        assertEquals(400, book.pageCalls.get(2)[0]);
    }
}
