package org.danvan.identity.ui.internal.users;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.api.RoleAssignmentInfo;
import org.danvan.identity.api.RoleInfo;
import org.danvan.identity.api.UserSummary;
import org.danvan.identity.ui.internal.RoleLabels;
import org.danvan.platform.ui.kit.UnitLabels;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.Refusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The roles a user holds and where (each covering the unit's subtree): revoke one, or assign a role at a unit. The
 * service refuses to grant what the administrator does not hold there; the refusal is shown translated.
 */
final class AssignmentsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient RoleAdmin roles;
    private final transient OrgUnitDirectory directory;
    private final transient UserPrincipal actor;
    private final transient UserSummary user;
    private final VerticalLayout list = new VerticalLayout();
    private final ComboBox<RoleInfo> role = new ComboBox<>();
    private final UnitPicker unit;

    AssignmentsPanel(RoleAdmin roles, OrgUnitDirectory directory, UserPrincipal actor, UserSummary user) {
        this.roles = roles;
        this.directory = directory;
        this.actor = actor;
        this.user = user;
        setPadding(false);
        setId("role-assignments");
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("role-assignments-list");

        role.setId("role-assign-role");
        role.setLabel(getTranslation("identity.ui.assignments.role"));
        role.setItems(roles.roles());
        role.setItemLabelGenerator(r -> RoleLabels.label(r, this::getTranslation));
        unit = new UnitPicker(directory, "role-assign-unit", getTranslation("identity.ui.assignments.unit"));
        if (!user.unitIds().isEmpty()) {
            directory.find(user.unitIds().get(0)).ifPresent(unit::setValue);
        }
        Button assign = new Button(getTranslation("identity.ui.assignments.assign"), VaadinIcon.PLUS.create(),
                e -> assign());
        assign.setId("role-assign-save");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout adding = new HorizontalLayout(role, unit, assign);
        adding.setWidthFull();
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.getStyle().set("flex-wrap", "wrap");
        role.getStyle().set("flex", "1 1 12rem");
        unit.getStyle().set("flex", "1 1 14rem");
        add(list, adding);
        render();
    }

    private void render() {
        list.removeAll();
        Map<String, RoleInfo> byId = roles.roles().stream()
                .collect(Collectors.toMap(RoleInfo::id, Function.identity(), (a, b) -> a));
        List<RoleAssignmentInfo> held = roles.assignmentsOf(user.id());
        if (held.isEmpty()) {
            Span none = new Span(getTranslation("identity.ui.assignments.none"));
            none.setId("role-assignments-none");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            list.add(none);
        }
        for (RoleAssignmentInfo assignment : held) {
            RoleInfo info = byId.get(assignment.roleId());
            Span roleName = new Span(info == null ? assignment.roleId() : RoleLabels.label(info, this::getTranslation));
            roleName.getStyle().set("font-weight", "600");
            Span where = new Span(UnitLabels.path(directory, assignment.unitId()));
            where.getStyle().set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            Div text = new Div(new Div(roleName), new Div(where));
            text.getStyle().set("overflow-wrap", "anywhere");
            Button revoke = new Button(VaadinIcon.TRASH.create(), e -> revoke(assignment));
            revoke.setId("role-revoke-" + assignment.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
            revoke.setAriaLabel(getTranslation("identity.ui.assignments.revoke"));
            revoke.setTooltipText(getTranslation("identity.ui.assignments.revoke"));
            HorizontalLayout row = new HorizontalLayout(text, revoke);
            row.setId("role-assignment-" + assignment.id());
            row.setWidthFull();
            row.expand(text);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            list.add(row);
        }
    }

    private void assign() {
        role.setInvalid(false);
        unit.setInvalid(false);
        if (role.getValue() == null) {
            role.setErrorMessage(getTranslation("identity.ui.assignments.roleRequired"));
            role.setInvalid(true);
        }
        if (unit.getValue() == null) {
            unit.setErrorMessage(getTranslation("identity.ui.assignments.unitRequired"));
            unit.setInvalid(true);
        }
        if (role.getValue() == null || unit.getValue() == null) {
            return;
        }
        try {
            roles.assign(actor, user.id(), role.getValue().id(), unit.getValue().id());
            Refusals.success(getTranslation("identity.ui.assignments.assigned"));
            role.clear();
        } catch (ValidationException refused) {
            List<org.danvan.platform.api.validation.Violation> elsewhere = new FieldErrors()
                    .field(role, "roleId", "role").field(unit, "unitId", "unit")
                    .show(refused, this::getTranslation);
            if (!elsewhere.isEmpty()) {
                Refusals.error(Refusals.describe(elsewhere, this::getTranslation));
            }
        } catch (RuntimeException refused) {
            Refusals.show(refused, this::getTranslation);
        }
        render();
    }

    private void revoke(RoleAssignmentInfo assignment) {
        try {
            roles.revoke(actor, assignment.id());
            Refusals.success(getTranslation("identity.ui.assignments.revoked"));
        } catch (RuntimeException refused) {
            Refusals.show(refused, this::getTranslation);
        }
        render();
    }
}
