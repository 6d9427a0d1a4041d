package ${package}.ui.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import ${package}.api.Entry;
import ${package}.api.EntryDraft;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A new or changed entry. The service checks the draft; what it refuses is shown at the field it names, translated
 * ({@link FieldErrors}); a refusal about the entry itself (no permission, changed or deleted meanwhile) closes the
 * dialog with a message ({@link Refusals}).
 */
final class EntryDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final TextField title = new TextField();
    private final DatePicker happenedOn = new DatePicker();
    private final TextArea note = new TextArea();
    private final FieldErrors errors = new FieldErrors().field(title, "title").field(happenedOn, "happenedOn")
            .field(note, "note");

    /**
     * @param existing the entry to change, or {@code null} for a new one
     * @param save stores the draft (the service)
     * @param saved told the success message after the dialog closed
     * @param refused told a refusal that closed the dialog
     */
    EntryDialog(Entry existing, Function<EntryDraft, Entry> save, Consumer<String> saved,
            Consumer<RuntimeException> refused) {
        setId("${moduleId}-dialog");
        setHeaderTitle(getTranslation(existing == null ? "${moduleId}.ui.new" : "${moduleId}.ui.edit"));
        setWidth("36rem");
        setMaxWidth("100%");
        title.setId("${moduleId}-title");
        title.setLabel(getTranslation("${moduleId}.ui.field.title"));
        title.setMaxLength(EntryDraft.TITLE_MAX_LENGTH);
        happenedOn.setId("${moduleId}-happened-on");
        happenedOn.setLabel(getTranslation("${moduleId}.ui.field.happenedOn"));
        happenedOn.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("${moduleId}.ui.today"),
                getTranslation("${moduleId}.ui.cancel")));
        happenedOn.setMax(LocalizedDates.today());
        note.setId("${moduleId}-note");
        note.setLabel(getTranslation("${moduleId}.ui.field.note"));
        note.setMaxLength(EntryDraft.NOTE_MAX_LENGTH);
        if (existing == null) {
            happenedOn.setValue(LocalizedDates.today());
        } else {
            title.setValue(existing.title());
            happenedOn.setValue(existing.happenedOn());
            note.setValue(existing.note() == null ? "" : existing.note());
        }
        FormLayout form = new FormLayout(title, happenedOn, note);
        form.setColspan(note, 2);
        add(form);

        Button cancel = new Button(getTranslation("${moduleId}.ui.cancel"), e -> close());
        Button ok = new Button(getTranslation("${moduleId}.ui.save"), e -> save(save, saved, refused));
        ok.setId("${moduleId}-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, ok);
    }

    private void save(Function<EntryDraft, Entry> save, Consumer<String> saved, Consumer<RuntimeException> refused) {
        FieldErrors.Attempt attempt = errors.attempt(() -> {
            save.apply(new EntryDraft(title.getValue(), happenedOn.getValue(), note.getValue()));
        }, this::getTranslation);
        if (attempt.keepOpen()) {
            return;
        }
        close();
        if (attempt.succeeded()) {
            saved.accept(getTranslation("${moduleId}.ui.saved"));
        } else {
            refused.accept(attempt.refusal());
        }
    }
}
