package org.danvan.reception.ui.internal.book;

import java.util.List;
import java.util.function.Consumer;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.reception.api.BookEntry;
import org.danvan.reception.api.ReceptionBook;
import org.danvan.platform.ui.kit.Refusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * Records a new line of the reception book or corrects one. A refusal is shown at the inputs it concerns; a
 * conflict (someone corrected the entry meanwhile) closes the dialog and the book reloads. Element ids: the form's,
 * {@code reception-entry-dialog}, {@code reception-entry-save}, {@code reception-entry-cancel}.
 */
public class EntryDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient ReceptionBook book;
    private final UserPrincipal user;
    private final BookEntry existing;
    private final EntryBean bean;
    private final transient Consumer<BookEntry> saved;
    private final transient Runnable conflict;
    final EntryForm form;
    final Button save = new Button();

    /**
     * @param existing the entry to correct, {@code null} for a new one
     * @param bean what the form starts with
     * @param saved called with the stored entry
     * @param conflict called when the entry changed meanwhile
     */
    public EntryDialog(ReceptionBook book, OrgUnitDirectory units, UserPrincipal user, BookEntry existing,
            EntryBean bean, Consumer<BookEntry> saved, Runnable conflict) {
        this.book = book;
        this.user = user;
        this.existing = existing;
        this.bean = bean;
        this.saved = saved;
        this.conflict = conflict;
        setId("reception-entry-dialog");
        setHeaderTitle(existing == null ? getTranslation("reception.ui.entry.new")
                : getTranslation("reception.ui.entry.correct", existing.number(), existing.year()));
        form = new EntryForm(units, existing != null);
        form.read(bean);
        add(form);
        save.setText(getTranslation("reception.ui.save"));
        save.setId("reception-entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("reception.ui.cancel"), e -> close());
        cancel.setId("reception-entry-cancel");
        getFooter().add(cancel, save);
        setWidth("min(56rem, 100vw)");
        setCloseOnOutsideClick(false);
    }

    void save() {
        if (!form.writeIfValid(bean)) {
            return;
        }
        try {
            BookEntry stored = existing == null ? book.record(bean.toDraft(), user)
                    : book.correct(existing.id(), existing.version(), bean.toDraft(), user);
            close();
            saved.accept(stored);
        } catch (ValidationException invalid) {
            List<Violation> elsewhere = form.errors().show(invalid, this::getTranslation);
            if (!elsewhere.isEmpty()) {
                Refusals.error(Refusals.describe(elsewhere, this::getTranslation));
            }
        } catch (RuntimeException failure) {
            if (!Refusals.isUserCaused(failure)) {
                throw failure;
            }
            Refusals.show(failure, this::getTranslation);
            if (Refusals.isConflict(failure)) {
                close();
                conflict.run();
            }
        }
    }
}
