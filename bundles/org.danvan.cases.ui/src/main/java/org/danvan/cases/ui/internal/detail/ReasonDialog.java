package org.danvan.cases.ui.internal.detail;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Asks why a protected identity (or a denunciation's attachment) must be revealed. The reason goes to the audit
 * trail with the reveal; the engine requires at least {@link ActionForm#REASON_MIN} characters, and so does this
 * dialog before the engine is asked. Element ids: {@code <id>}, {@code <id>-reason}, {@code <id>-confirm},
 * {@code <id>-cancel}.
 */
final class ReasonDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final TextArea reason = new TextArea();
    private final Binder<ActionForm> binder = new Binder<>();
    private final ActionForm bean = new ActionForm();
    private final transient Consumer<String> onReason;

    /** @param onReason told the stripped reason; it may throw the engine's refusals to show at the field */
    ReasonDialog(String id, String title, String explanation, Consumer<String> onReason) {
        this.onReason = onReason;
        setId(id);
        setHeaderTitle(title);
        setWidth("30rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        reason.setId(id + "-reason");
        reason.setLabel(getTranslation("cases.ui.field.reason"));
        reason.setMaxLength(ActionForm.REASON_MAX);
        reason.setMinLength(ActionForm.REASON_MIN);
        reason.setHelperText(getTranslation("cases.ui.unmask.reason.helper", ActionForm.REASON_MIN));
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setWidthFull();
        binder.forField(reason).asRequired(getTranslation("case.error.unmask.reason", ActionForm.REASON_MIN))
                .withValidator(v -> v.strip().length() >= ActionForm.REASON_MIN,
                        getTranslation("case.error.unmask.reason", ActionForm.REASON_MIN))
                .bind(ActionForm::getReason, ActionForm::setReason);
        add(new Paragraph(explanation), reason);
        Button cancel = new Button(getTranslation("cases.ui.cancel"), e -> close());
        cancel.setId(id + "-cancel");
        Button confirm = new Button(getTranslation("cases.ui.confirm"), e -> confirm());
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, confirm);
    }

    private void confirm() {
        if (!binder.writeBeanIfValid(bean)) {
            return;
        }
        try {
            onReason.accept(bean.getReason().strip());
        } catch (org.danvan.platform.api.validation.ValidationException refused) {
            reason.setErrorMessage(org.danvan.cases.ui.internal.Refusals.describe(refused.violations(),
                    this::getTranslation));
            reason.setInvalid(true);
            return;
        }
        close();
    }
}
