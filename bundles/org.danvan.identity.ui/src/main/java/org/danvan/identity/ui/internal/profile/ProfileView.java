package org.danvan.identity.ui.internal.profile;

import java.util.Arrays;
import java.util.List;

import org.danvan.identity.api.AccountService;
import org.danvan.identity.api.UserSummary;
import org.danvan.platform.ui.kit.UnitLabels;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The signed-in user's own account (read-only; administrators change names and units) and the change-password form.
 * After an administrator reset, a banner asks for a new password.
 */
public class ProfileView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient AccountService accounts;
    private final transient OrgUnitDirectory units;
    private final transient UserPrincipal user;
    private final Div mustChange = new Div();
    private final FormLayout details = new FormLayout();
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final FieldErrors errors = new FieldErrors();

    public ProfileView(AccountService accounts, OrgUnitDirectory units) {
        this.accounts = accounts;
        this.units = units;
        this.user = SignedInUser.get().orElse(null);
        setId("profile");
        setPadding(true);
        setMaxWidth("48rem");

        mustChange.setId("profile-must-change");
        mustChange.setText(getTranslation("identity.ui.profile.mustChange"));
        mustChange.getElement().getThemeList().add("badge error");
        mustChange.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("white-space", "normal");
        details.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        add(mustChange, new H2(getTranslation("identity.ui.profile.account")), details,
                new H2(getTranslation("identity.ui.profile.password")), passwordForm());
        showProfile();
    }

    private void showProfile() {
        details.removeAll();
        if (user == null) {
            mustChange.setVisible(false);
            return;
        }
        UserSummary me = accounts.profile(user);
        details.add(readOnly("profile-login", "identity.ui.user.field.login", me.login()),
                readOnly("profile-fullname", "identity.ui.user.field.fullName", me.fullName()),
                readOnly("profile-email", "identity.ui.user.field.email", me.email()),
                readOnly("profile-phone", "identity.ui.user.field.phone", me.phone()),
                readOnly("profile-units", "identity.ui.user.field.units", UnitLabels.names(units, me.unitIds())),
                readOnly("profile-created", "identity.ui.user.field.createdAt", LocalizedDates.format(me.createdAt())));
        mustChange.setVisible(me.mustChangePassword());
    }

    private TextField readOnly(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        field.setWidthFull();
        return field;
    }

    private VerticalLayout passwordForm() {
        current.setId("profile-current-password");
        current.setLabel(getTranslation("identity.ui.profile.password.current"));
        next.setId("profile-new-password");
        next.setLabel(getTranslation("identity.ui.profile.password.new"));
        next.setHelperText(getTranslation("identity.ui.password.policyHint"));
        repeat.setId("profile-repeat-password");
        repeat.setLabel(getTranslation("identity.ui.profile.password.repeat"));
        for (PasswordField field : List.of(current, next, repeat)) {
            field.setWidthFull();
            field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        }
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        errors.field(current, PasswordChange.CURRENT, "current", "currentPassword")
                .field(next, PasswordChange.NEXT, "password", "new", "newPassword")
                .field(repeat, PasswordChange.REPEAT);

        Button change = new Button(getTranslation("identity.ui.profile.password.change"), e -> changePassword());
        change.setId("profile-change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickShortcut(Key.ENTER).listenOn(repeat);
        change.setEnabled(user != null);
        VerticalLayout form = new VerticalLayout(current, next, repeat, change);
        form.setPadding(false);
        form.setMaxWidth("24rem");
        form.setWidthFull();
        return form;
    }

    private void changePassword() {
        errors.clear();
        PasswordChange change = new PasswordChange(current.getValue(), next.getValue(), repeat.getValue());
        List<Violation> problems = change.check();
        if (!problems.isEmpty()) {
            errors.show(new ValidationException(problems), this::getTranslation);
            return;
        }
        char[] old = change.current().toCharArray();
        char[] fresh = change.next().toCharArray();
        try {
            accounts.changePassword(user, old, fresh);
        } catch (ValidationException refused) {
            List<Violation> elsewhere = errors.show(refused, this::getTranslation);
            if (!elsewhere.isEmpty()) {
                // a policy message without a field is about the new password
                next.setErrorMessage(Refusals.describe(elsewhere, this::getTranslation));
                next.setInvalid(true);
            }
            return;
        } catch (RuntimeException refused) {
            Refusals.show(refused, this::getTranslation);
            return;
        } finally {
            Arrays.fill(old, '\0');
            Arrays.fill(fresh, '\0');
        }
        current.clear();
        next.clear();
        repeat.clear();
        Refusals.success(getTranslation("identity.ui.profile.password.changed"));
        boolean wasRequired = mustChange.isVisible();
        showProfile();
        if (wasRequired) {
            // the reset password is replaced: the rest of the application opens again
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }
}
