package org.danvan.identity.ui.internal.roles;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.api.RoleInfo;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.Refusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/** Creates a role without permissions; the administrator then ticks them on the roles screen. */
final class NewRoleDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    static final Pattern ROLE_ID = Pattern.compile("[a-z0-9-]{3,64}");

    /** The dialog's bean for the Binder. */
    static final class Draft {
        private String id = "";
        private String name = "";

        String getId() {
            return id;
        }

        void setId(String id) {
            this.id = id;
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }
    }

    NewRoleDialog(RoleAdmin roles, UserPrincipal actor, Consumer<RoleInfo> onCreated) {
        setId("role-new-dialog");
        setHeaderTitle(getTranslation("identity.ui.roles.create"));
        setWidth("30rem");
        setMaxWidth("100%");
        TextField id = new TextField(getTranslation("identity.ui.roles.field.id"));
        id.setId("role-new-id");
        id.setHelperText(getTranslation("identity.ui.roles.field.id.helper"));
        id.setMaxLength(64);
        TextField name = new TextField(getTranslation("identity.ui.roles.field.name"));
        name.setId("role-new-name");
        name.setMaxLength(255);
        FormLayout form = new FormLayout(id, name);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Draft draft = new Draft();
        Binder<Draft> binder = new Binder<>();
        binder.forField(id).asRequired(getTranslation("identity.ui.roles.error.id"))
                .withValidator(v -> ROLE_ID.matcher(v.strip()).matches(), getTranslation("identity.ui.roles.error.id"))
                .bind(Draft::getId, Draft::setId);
        binder.forField(name).asRequired(getTranslation("identity.ui.roles.error.name"))
                .withValidator(v -> !v.isBlank() && v.strip().length() <= 255,
                        getTranslation("identity.ui.roles.error.name"))
                .bind(Draft::getName, Draft::setName);
        binder.readBean(draft);
        FieldErrors errors = new FieldErrors().field(id, "id", "roleId").field(name, "name");

        Button cancel = new Button(getTranslation("identity.ui.cancel"), e -> close());
        cancel.setId("role-new-cancel");
        Button save = new Button(getTranslation("identity.ui.roles.create.save"), e -> {
            errors.clear();
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                RoleInfo created = roles.createRole(actor, draft.getId().strip(), draft.getName().strip(), Set.of());
                close();
                Refusals.success(getTranslation("identity.ui.roles.created", created.name()));
                onCreated.accept(created);
            } catch (ValidationException refused) {
                List<Violation> elsewhere = errors.show(refused, this::getTranslation);
                if (!elsewhere.isEmpty()) {
                    Refusals.error(Refusals.describe(elsewhere, this::getTranslation));
                }
            } catch (RuntimeException refused) {
                Refusals.show(refused, this::getTranslation);
            }
        });
        save.setId("role-new-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
