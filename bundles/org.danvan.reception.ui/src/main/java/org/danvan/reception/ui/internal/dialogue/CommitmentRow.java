package org.danvan.reception.ui.internal.dialogue;

import java.time.LocalDate;

import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.reception.api.Commitment;
import org.danvan.reception.api.CommitmentDraft;
import org.danvan.reception.ui.internal.Pickers;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One commitment being written: what, who, by when. Element ids: {@code reception-commitment-<n>-description},
 * {@code -owner}, {@code -dueOn}, {@code -remove}, where n counts the rows from 0 as they were added.
 */
public class CommitmentRow extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    static final int DESCRIPTION_MAX = 2000;
    static final int OWNER_MAX = 255;

    final TextField description = new TextField(getTranslation("reception.ui.commitment.description"));
    final TextField owner = new TextField(getTranslation("reception.ui.commitment.owner"));
    final DatePicker dueOn;
    final Button remove = new Button(VaadinIcon.TRASH.create());

    CommitmentRow(int number, Commitment existing, Runnable onRemove) {
        String id = "reception-commitment-" + number;
        setId(id);
        dueOn = Pickers.day(id + "-dueOn", getTranslation("reception.ui.commitment.dueOn"));
        description.setId(id + "-description");
        owner.setId(id + "-owner");
        remove.setId(id + "-remove");
        remove.setAriaLabel(getTranslation("reception.ui.commitment.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> onRemove.run());
        description.setMaxLength(DESCRIPTION_MAX);
        owner.setMaxLength(OWNER_MAX);
        description.getStyle().set("flex", "3 1 14rem").set("min-width", "0");
        owner.getStyle().set("flex", "2 1 9rem").set("min-width", "0");
        dueOn.getStyle().set("flex", "1 1 9rem").set("min-width", "0");
        if (existing != null) {
            description.setValue(existing.description());
            owner.setValue(existing.owner());
            dueOn.setValue(existing.dueOn());
        }
        add(description, owner, dueOn, remove);
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
    }

    /** Checks what can be checked here; marks the inputs that are wrong. */
    boolean validate(LocalDate heldOn) {
        boolean valid = true;
        valid &= check(description, description.getValue().strip().length() >= 2);
        valid &= check(owner, owner.getValue().strip().length() >= 2);
        boolean due = dueOn.getValue() != null && (heldOn == null || !dueOn.getValue().isBefore(heldOn));
        dueOn.setInvalid(!due);
        dueOn.setErrorMessage(due ? null : getTranslation(dueOn.getValue() == null ? "reception.validation.required"
                : "reception.ui.commitment.dueBeforeDialogue"));
        return valid && due;
    }

    private boolean check(TextField field, boolean ok) {
        field.setInvalid(!ok);
        field.setErrorMessage(ok ? null : getTranslation("reception.ui.validation.length", 2, field.getMaxLength()));
        return ok;
    }

    CommitmentDraft toDraft() {
        return new CommitmentDraft(description.getValue().strip(), owner.getValue().strip(), null, dueOn.getValue());
    }

    /** Registers the inputs under the service's names for the commitment at this position of the draft. */
    void register(FieldErrors errors, int position) {
        String prefix = "commitments[" + position + "].";
        errors.field(description, prefix + "description").field(owner, prefix + "owner").field(dueOn, prefix + "dueOn");
    }
}
