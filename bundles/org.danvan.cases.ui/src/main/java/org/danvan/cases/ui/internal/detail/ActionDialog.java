package org.danvan.cases.ui.internal.detail;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.danvan.cases.api.CaseConflictException;
import org.danvan.cases.ui.internal.Refusals;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.ui.kit.FieldErrors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.Binder;

/**
 * A small dialog for one action on a case: a form bound to an {@link ActionForm} with Binder validation, a confirm
 * button that calls the engine with the version the screen last read, and the engine's answers handled the same way
 * everywhere: refused input at its fields, a conflict (someone else acted meanwhile) or missing permission closes
 * the dialog, tells the user and reloads the case. Element ids: {@code <id>}, {@code <id>-confirm},
 * {@code <id>-cancel}, {@code <id>-error}.
 *
 * @param <R> what the engine answers
 */
final class ActionDialog<R> extends Dialog {

    private static final long serialVersionUID = 1L;

    private final Binder<ActionForm> binder = new Binder<>();
    private final FieldErrors fieldErrors = new FieldErrors();
    private final FormLayout form = new FormLayout();
    private final Span error = new Span();
    private final ActionForm bean;
    private final transient Function<ActionForm, R> action;
    private final transient Consumer<R> onDone;
    private final transient Runnable reload;

    /**
     * @param action calls the engine; may throw its refusals
     * @param onDone told the engine's answer after the dialog closed
     * @param reload reloads the case after a conflict or a refusal of permission
     */
    ActionDialog(String id, String title, ActionForm bean, Function<ActionForm, R> action, Consumer<R> onDone,
            Runnable reload) {
        this.bean = bean;
        this.action = action;
        this.onDone = onDone;
        this.reload = reload;
        setId(id);
        setHeaderTitle(title);
        setWidth("34rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28em", 2));
        error.setId(id + "-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(form, error);
        Button cancel = new Button(getTranslation("cases.ui.cancel"), e -> close());
        cancel.setId(id + "-cancel");
        Button confirm = new Button(getTranslation("cases.ui.confirm"), e -> confirm());
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
    }

    Binder<ActionForm> binder() {
        return binder;
    }

    /** Adds inputs; each is also registered for the engine's violations under the given field names. */
    ActionDialog<R> field(Component input, boolean fullWidth, String... engineNames) {
        form.add(input);
        if (fullWidth) {
            form.setColspan(input, 2);
        }
        if (input instanceof HasValidation validated && engineNames.length > 0) {
            fieldErrors.field(validated, engineNames);
        }
        return this;
    }

    /** Adds a component that is not an input (an explanation, a live hint). */
    ActionDialog<R> text(Component text) {
        form.add(text);
        form.setColspan(text, 2);
        return this;
    }

    ActionDialog<R> start() {
        binder.readBean(bean);
        open();
        return this;
    }

    private void confirm() {
        fieldErrors.clear();
        error.setText("");
        if (!binder.writeBeanIfValid(bean)) {
            return;
        }
        R result;
        try {
            result = action.apply(bean);
        } catch (ValidationException refused) {
            List<Violation> elsewhere = fieldErrors.show(refused, this::getTranslation);
            if (!elsewhere.isEmpty()) {
                error.setText(Refusals.describe(elsewhere, this::getTranslation));
            }
            return;
        } catch (CaseConflictException | AccessDeniedException refused) {
            close();
            Refusals.show(refused, this::getTranslation);
            reload.run();
            return;
        }
        close();
        onDone.accept(result);
    }
}
