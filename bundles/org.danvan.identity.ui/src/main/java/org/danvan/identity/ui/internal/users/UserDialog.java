package org.danvan.identity.ui.internal.users;

import java.util.Arrays;
import java.util.List;

import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.api.UserAdmin;
import org.danvan.identity.api.UserSummary;
import org.danvan.identity.ui.internal.UnitListField;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/**
 * Creates a user, or shows one: the editable details (Binder checks them as the service will), lock and activation,
 * a password reset, and the role assignments. After a creation the dialog stays open on the new user, so that roles
 * can be assigned at once.
 */
final class UserDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient UserAdmin users;
    private final transient RoleAdmin roles;
    private final transient OrgUnitDirectory directory;
    private final transient UserPrincipal actor;
    private final transient Runnable onChanged;
    private final TextField login = new TextField();
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final UnitListField units;
    private final PasswordField password = new PasswordField();
    private final Binder<UserForm> binder = new Binder<>();
    private final FieldErrors errors = new FieldErrors();
    private final VerticalLayout body = new VerticalLayout();
    private final Span state = new Span();
    private UserSummary current;
    private UserForm form;

    /**
     * @param existing the user to show, {@code null} to create one
     * @param onChanged told after every stored change (the list refreshes)
     */
    UserDialog(UserAdmin users, RoleAdmin roles, OrgUnitDirectory directory, UserPrincipal actor,
            UserSummary existing, Runnable onChanged) {
        this.users = users;
        this.roles = roles;
        this.directory = directory;
        this.actor = actor;
        this.onChanged = onChanged;
        this.units = new UnitListField(directory, "user-units", getTranslation("identity.ui.user.field.units"),
                getTranslation("identity.ui.user.field.units.helper"),
                getTranslation("identity.ui.user.field.units.primary"));
        setId("user-dialog");
        setWidth("46rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        body.setPadding(false);
        add(body);
        bind();
        errors.field(login, "login").field(fullName, "fullName", "name").field(email, "email")
                .field(phone, "phone").field(units, "unitIds", "units", "unitId", "unit")
                .field(password, "password", "initialPassword", "newPassword");

        Button close = new Button(getTranslation("identity.ui.close"), e -> close());
        close.setId("user-cancel");
        Button save = new Button(getTranslation("identity.ui.save"), e -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close, save);
        show(existing);
    }

    private void show(UserSummary user) {
        current = user;
        form = user == null ? UserForm.blank(actor == null ? null : actor.orgUnitId()) : UserForm.of(user);
        setHeaderTitle(user == null ? getTranslation("identity.ui.user.dialog.new")
                : getTranslation("identity.ui.user.dialog.edit", user.login()));
        errors.clear();
        binder.readBean(form);
        body.removeAll();
        body.add(fields());
        if (user != null) {
            body.add(statusSection(), new H3(getTranslation("identity.ui.assignments.title")),
                    new AssignmentsPanel(roles, directory, actor, user));
        }
    }

    private FormLayout fields() {
        login.setId("user-login");
        login.setLabel(getTranslation("identity.ui.user.field.login"));
        login.setMaxLength(UserRules.LOGIN_MAX);
        login.setReadOnly(current != null);
        login.setHelperText(current == null ? getTranslation("identity.ui.user.field.login.helper") : null);
        fullName.setId("user-fullname");
        fullName.setLabel(getTranslation("identity.ui.user.field.fullName"));
        fullName.setMaxLength(UserRules.NAME_MAX);
        email.setId("user-email");
        email.setLabel(getTranslation("identity.ui.user.field.email"));
        email.setMaxLength(UserRules.EMAIL_MAX);
        // the field's own pattern check runs before any validator and has no words of its own: without these, a
        // refused address left the field red with no message (as HostileInputIT found on the intake form)
        String badEmail = getTranslation("identity.user.email.invalid");
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(badEmail)
                .setMaxLengthErrorMessage(badEmail));
        phone.setId("user-phone");
        phone.setLabel(getTranslation("identity.ui.user.field.phone"));
        password.setId("user-password");
        password.setLabel(getTranslation("identity.ui.user.field.password"));
        password.setHelperText(getTranslation("identity.ui.user.field.password.helper"));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        password.clear();

        FormLayout layout = new FormLayout(login, fullName, email, phone, units);
        if (current == null) {
            layout.add(password);
        }
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        layout.setColspan(units, 2);
        return layout;
    }

    private void bind() {
        binder.forField(login).asRequired(getTranslation(UserRules.LOGIN_INVALID))
                // the login of a stored user cannot change: only a new one is checked
                .withValidator(v -> current != null || UserRules.validLogin(v), getTranslation(UserRules.LOGIN_INVALID))
                .bind(UserForm::getLogin, UserForm::setLogin);
        binder.forField(fullName).asRequired(getTranslation(UserRules.NAME_REQUIRED))
                .withValidator(UserRules::validFullName, getTranslation(UserRules.NAME_REQUIRED))
                .bind(UserForm::getFullName, UserForm::setFullName);
        binder.forField(email).withValidator(UserRules::validEmail, getTranslation(UserRules.EMAIL_INVALID))
                .bind(UserForm::getEmail, UserForm::setEmail);
        binder.forField(phone).withValidator(UserRules::validPhone, getTranslation(UserRules.PHONE_INVALID))
                .bind(UserForm::getPhone, UserForm::setPhone);
        binder.forField(units).withValidator(list -> list != null && !list.isEmpty(),
                getTranslation(UserRules.UNITS_REQUIRED)).bind(UserForm::getUnitIds, UserForm::setUnitIds);
    }

    private Component statusSection() {
        state.setId("user-state");
        state.setText(describe(current));
        Button lock = new Button(getTranslation(current.locked() ? "identity.ui.user.unlock" : "identity.ui.user.lock"),
                e -> change(() -> users.setLocked(actor, current.id(), current.version(), !current.locked()),
                        current.locked() ? "identity.ui.user.unlocked" : "identity.ui.user.locked"));
        lock.setId("user-lock");
        Button active = new Button(getTranslation(current.active() ? "identity.ui.user.deactivate"
                : "identity.ui.user.activate"),
                e -> change(() -> users.setActive(actor, current.id(), current.version(), !current.active()),
                        current.active() ? "identity.ui.user.deactivated" : "identity.ui.user.activated"));
        active.setId("user-active");
        Button reset = new Button(getTranslation("identity.ui.user.resetPassword"),
                e -> new ResetPasswordDialog(users, actor, current, this::stored).open());
        reset.setId("user-reset-password");
        for (Button b : List.of(lock, active, reset)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        if (current.active()) {
            active.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        HorizontalLayout buttons = new HorizontalLayout(lock, active, reset);
        buttons.getStyle().set("flex-wrap", "wrap");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("identity.ui.user.status")), state, buttons);
        section.setPadding(false);
        return section;
    }

    private String describe(UserSummary user) {
        StringBuilder text = new StringBuilder(getTranslation(user.active() ? "identity.ui.user.status.active"
                : "identity.ui.user.status.inactive"));
        if (user.locked()) {
            text.append(" · ").append(user.lockedUntil() == null ? getTranslation("identity.ui.user.status.locked")
                    : getTranslation("identity.ui.user.status.lockedUntil", LocalizedDates.format(user.lockedUntil())));
        }
        if (user.mustChangePassword()) {
            text.append(" · ").append(getTranslation("identity.ui.user.status.mustChange"));
        }
        text.append(" · ").append(getTranslation("identity.ui.user.status.created",
                LocalizedDates.format(user.createdAt())));
        return text.toString();
    }

    /** Runs a status change; on a conflict shows the stored state instead. */
    private void change(java.util.function.Supplier<UserSummary> action, String doneKey) {
        try {
            UserSummary changed = action.get();
            Refusals.success(getTranslation(doneKey, changed.login()));
            stored(changed);
        } catch (RuntimeException refused) {
            refusedWithReload(refused);
        }
    }

    private void stored(UserSummary changed) {
        onChanged.run();
        show(changed);
    }

    private void refusedWithReload(RuntimeException refused) {
        Refusals.show(refused, this::getTranslation);
        if (Refusals.isConflict(refused) && current != null) {
            onChanged.run();
            users.get(actor, current.id()).ifPresentOrElse(this::show, this::close);
        }
    }

    private void save() {
        errors.clear();
        boolean valid = binder.writeBeanIfValid(form);
        if (current == null && password.getValue().isEmpty()) {
            password.setErrorMessage(getTranslation(UserRules.PASSWORD_REQUIRED));
            password.setInvalid(true);
            valid = false;
        }
        if (!valid) {
            return;
        }
        char[] initial = password.getValue().toCharArray();
        UserSummary saved;
        try {
            saved = current == null ? users.create(actor, form.toDraft(), initial)
                    : users.update(actor, current.id(), current.version(), form.toDraft());
        } catch (ValidationException refused) {
            List<Violation> elsewhere = errors.show(refused, this::getTranslation);
            if (!elsewhere.isEmpty()) {
                Refusals.error(Refusals.describe(elsewhere, this::getTranslation));
            }
            return;
        } catch (RuntimeException refused) {
            refusedWithReload(refused);
            return;
        } finally {
            Arrays.fill(initial, '\0');
        }
        Refusals.success(getTranslation(current == null ? "identity.ui.user.created" : "identity.ui.user.saved",
                saved.login()));
        password.clear();
        stored(saved);
    }
}
