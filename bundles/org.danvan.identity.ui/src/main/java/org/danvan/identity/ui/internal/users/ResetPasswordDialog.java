package org.danvan.identity.ui.internal.users;

import java.util.Arrays;
import java.util.function.Consumer;

import org.danvan.identity.api.UserAdmin;
import org.danvan.identity.api.UserSummary;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.Refusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

/** The administrator types a new password for a user, who must change it at the next login. */
final class ResetPasswordDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    ResetPasswordDialog(UserAdmin users, UserPrincipal actor, UserSummary user, Consumer<UserSummary> onDone) {
        setId("user-reset-password-dialog");
        setHeaderTitle(getTranslation("identity.ui.user.resetPassword.title", user.login()));
        setWidth("26rem");
        setMaxWidth("100%");
        PasswordField value = new PasswordField(getTranslation("identity.ui.user.resetPassword.new"));
        value.setId("user-reset-password-value");
        value.setHelperText(getTranslation("identity.ui.password.policyHint"));
        value.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        value.setWidthFull();
        FieldErrors errors = new FieldErrors().field(value, "password", "newPassword", "initialPassword");
        add(new Paragraph(getTranslation("identity.ui.user.resetPassword.text")), value);

        Button cancel = new Button(getTranslation("identity.ui.cancel"), e -> close());
        cancel.setId("user-reset-password-cancel");
        Button save = new Button(getTranslation("identity.ui.user.resetPassword.save"), e -> {
            errors.clear();
            if (value.getValue().isEmpty()) {
                value.setErrorMessage(getTranslation(UserRules.PASSWORD_REQUIRED));
                value.setInvalid(true);
                return;
            }
            char[] chosen = value.getValue().toCharArray();
            try {
                UserSummary changed = users.resetPassword(actor, user.id(), chosen);
                close();
                Refusals.success(getTranslation("identity.ui.user.resetPassword.done", changed.login()));
                onDone.accept(changed);
            } catch (ValidationException refused) {
                if (!errors.show(refused, this::getTranslation).isEmpty()) {
                    // a policy verdict without a field concerns the only field there is
                    value.setErrorMessage(Refusals.describe(refused.violations(), this::getTranslation));
                    value.setInvalid(true);
                }
            } catch (RuntimeException refused) {
                Refusals.show(refused, this::getTranslation);
            } finally {
                Arrays.fill(chosen, '\0');
            }
        });
        save.setId("user-reset-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, save);
    }
}
