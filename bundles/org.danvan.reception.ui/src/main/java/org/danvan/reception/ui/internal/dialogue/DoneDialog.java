package org.danvan.reception.ui.internal.dialogue;

import java.util.function.Consumer;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.reception.api.Commitment;
import org.danvan.reception.api.DialogueService;
import org.danvan.reception.ui.internal.Pickers;
import org.danvan.reception.ui.internal.Saving;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Marks a commitment done on a day (today by default). Element ids: {@code reception-done-dialog},
 * {@code reception-done-date}, {@code reception-done-save}, {@code reception-done-close}.
 */
public class DoneDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final DatePicker doneOn = Pickers.day("reception-done-date", getTranslation("reception.ui.done.date"));
    final Button save = new Button(getTranslation("reception.ui.done.save"));

    public DoneDialog(DialogueService dialogues, UserPrincipal user, Commitment commitment, Consumer<Commitment> saved,
            Runnable conflict) {
        setId("reception-done-dialog");
        setHeaderTitle(getTranslation("reception.ui.done.title"));
        doneOn.setValue(LocalizedDates.today());
        doneOn.setMax(LocalizedDates.today());
        add(new Paragraph(commitment.description()), doneOn);
        FieldErrors errors = new FieldErrors().field(doneOn, "doneOn");
        save.setId("reception-done-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (doneOn.getValue() == null) {
                doneOn.setErrorMessage(getTranslation("reception.validation.required"));
                doneOn.setInvalid(true);
                return;
            }
            Commitment stored = Saving.attempt(() -> dialogues.completeCommitment(commitment.id(),
                    commitment.version(), doneOn.getValue(), user), errors, this::getTranslation, () -> {
                        close();
                        conflict.run();
                    });
            if (stored != null) {
                close();
                saved.accept(stored);
            }
        });
        Button cancel = new Button(getTranslation("reception.ui.cancel"), e -> close());
        cancel.setId("reception-done-close");
        getFooter().add(cancel, save);
    }
}
