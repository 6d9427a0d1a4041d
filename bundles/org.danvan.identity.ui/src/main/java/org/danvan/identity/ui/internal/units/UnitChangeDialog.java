package org.danvan.identity.ui.internal.units;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A dialog that changes the unit tree: it checks its fields, sends one request (one transaction in the service), shows
 * what the service refuses at the fields concerned, and on success closes and tells the screen which unit to show.
 */
abstract class UnitChangeDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    static final int DECISION_MAX = 255;

    protected final FieldErrors errors = new FieldErrors();
    private final transient Consumer<Long> onChanged;
    private final String doneKey;

    UnitChangeDialog(String id, String title, String saveId, String doneKey, Consumer<Long> onChanged) {
        this.onChanged = onChanged;
        this.doneKey = doneKey;
        setId(id);
        setHeaderTitle(title);
        setWidth("40rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        Button cancel = new Button(getTranslation("identity.ui.cancel"), e -> close());
        cancel.setId(id + "-cancel");
        Button save = new Button(getTranslation("identity.ui.save"), e -> save());
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    /**
     * Checks the fields and sends the change.
     *
     * @return the id of the unit to show afterwards, or {@code null} when a field check failed (nothing was sent)
     */
    protected abstract Long submit();

    private void save() {
        errors.clear();
        Long focus;
        try {
            focus = submit();
        } catch (ValidationException refused) {
            List<Violation> elsewhere = errors.show(refused, this::getTranslation);
            if (!elsewhere.isEmpty()) {
                Refusals.error(Refusals.describe(elsewhere, this::getTranslation));
            }
            return;
        } catch (RuntimeException refused) {
            Refusals.show(refused, this::getTranslation);
            return;
        }
        if (focus != null) {
            close();
            Refusals.success(getTranslation(doneKey));
            onChanged.accept(focus);
        }
    }

    protected DatePicker datePicker(String id, String labelKey, LocalDate value) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setId(id);
        picker.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("identity.ui.datepicker.today"),
                getTranslation("identity.ui.cancel"))
                .setBadInputErrorMessage(getTranslation("identity.ui.datepicker.badInput")));
        picker.setValue(value);
        return picker;
    }

    /** The day a change takes effect (required); registered for the service's {@code effectiveOn}. */
    protected DatePicker effectiveOn() {
        DatePicker picker = datePicker("unit-effective-on", "identity.ui.unit.field.effectiveOn",
                LocalizedDates.today());
        picker.setRequiredIndicatorVisible(true);
        errors.field(picker, "effectiveOn", "effectiveDate", "date");
        return picker;
    }

    /** The legal act ordering the change (optional); registered for the service's {@code decision}. */
    protected TextField decision() {
        TextField field = new TextField(getTranslation("identity.ui.unit.field.decision"));
        field.setId("unit-decision");
        field.setPlaceholder(getTranslation("identity.ui.unit.field.decision.placeholder"));
        field.setMaxLength(DECISION_MAX);
        field.setWidthFull();
        errors.field(field, "decision");
        return field;
    }

    /** Marks a field as wrong before anything is sent; returns false for use in checks. */
    protected boolean refuse(com.vaadin.flow.component.HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
