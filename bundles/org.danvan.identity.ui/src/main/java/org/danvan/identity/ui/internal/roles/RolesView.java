package org.danvan.identity.ui.internal.roles;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.api.RoleInfo;
import org.danvan.identity.ui.internal.RoleLabels;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.Refusals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The roles, and for the selected one its permissions as check boxes grouped by module, labelled with the texts the
 * contributing bundles provide. Saving sends the version read, so two administrators cannot overwrite each other
 * unnoticed.
 */
public class RolesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient RoleAdmin roles;
    private final transient UserPrincipal actor;
    private final Grid<RoleInfo> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final Map<String, Checkbox> boxes = new LinkedHashMap<>();
    private transient Map<String, String> available = Map.of();
    private RoleInfo selected;

    public RolesView(RoleAdmin roles) {
        this.roles = roles;
        this.actor = SignedInUser.get().orElse(null);
        setId("roles");
        setPadding(true);
        setSizeFull();

        Button create = new Button(getTranslation("identity.ui.roles.create"), VaadinIcon.PLUS.create(),
                e -> new NewRoleDialog(roles, actor, this::created).open());
        create.setId("role-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(actor != null);
        HorizontalLayout toolbar = new HorizontalLayout(create);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);

        grid.setId("roles-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::roleCell).setHeader(getTranslation("identity.ui.roles.column.role"));
        grid.addColumn(r -> r.permissions().size()).setHeader(getTranslation("identity.ui.roles.column.permissions"))
                .setFlexGrow(0).setWidth("7rem");
        grid.setWidth("22rem");
        grid.setMaxWidth("100%");
        grid.setHeight("24rem");
        grid.getStyle().set("flex", "1 1 18rem");
        grid.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));

        detail.setId("role-detail");
        detail.setPadding(false);
        detail.getStyle().set("flex", "2 1 20rem").set("min-width", "0");

        Div columns = new Div(grid, detail);
        columns.setWidthFull();
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "flex-start");
        add(toolbar, columns);
        reload(null);
    }

    private Component roleCell(RoleInfo role) {
        Span name = new Span(RoleLabels.label(role, this::getTranslation));
        Div cell = new Div(name);
        cell.setId("role-row-" + role.id());
        if (role.builtIn()) {
            Span builtIn = new Span(getTranslation("identity.ui.roles.builtIn"));
            builtIn.getElement().getThemeList().add("badge contrast small");
            builtIn.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            cell.add(builtIn);
        }
        return cell;
    }

    /** Reads the roles again and selects the one with this id (or the first). */
    private void reload(String selectId) {
        List<RoleInfo> all = roles.roles();
        available = roles.availablePermissions();
        grid.setItems(all);
        RoleInfo toSelect = all.stream().filter(r -> r.id().equals(selectId)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        if (toSelect == null) {
            select(null);
        } else {
            grid.select(toSelect);
        }
    }

    private void select(RoleInfo role) {
        selected = role;
        detail.removeAll();
        boxes.clear();
        if (role == null) {
            return;
        }
        H3 title = new H3(RoleLabels.label(role, this::getTranslation));
        title.setId("role-title");
        Span id = new Span(role.id());
        id.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        detail.add(title, id);
        PermissionGroups.byModule(available.keySet()).forEach((module, ids) -> {
            H4 heading = new H4(moduleLabel(module));
            VerticalLayout group = new VerticalLayout(heading);
            group.setPadding(false);
            group.setSpacing(false);
            group.setId("role-permissions-" + module);
            for (String permission : ids) {
                Checkbox box = new Checkbox(getTranslation(available.get(permission)));
                box.setId("role-permission-" + permission);
                box.setValue(role.permissions().contains(permission));
                box.setTooltipText(permission);
                boxes.put(permission, box);
                group.add(box);
            }
            detail.add(group);
        });
        Set<String> unavailable = new HashSet<>(role.permissions());
        unavailable.removeAll(available.keySet());
        if (!unavailable.isEmpty()) {
            Span kept = new Span(getTranslation("identity.ui.roles.unavailable", String.join(", ",
                    new java.util.TreeSet<>(unavailable))));
            kept.setId("role-permissions-unavailable");
            kept.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            detail.add(kept);
        }
        Button save = new Button(getTranslation("identity.ui.save"), e -> save());
        save.setId("role-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(actor != null);
        detail.add(save);
    }

    private String moduleLabel(String module) {
        String key = "identity.ui.roles.module." + module;
        String text = getTranslation(key);
        // a module this screen does not know: show its id rather than the missing-key marker
        return text == null || text.isBlank() || text.contains(key) ? module : text;
    }

    private void save() {
        Set<String> ticked = new HashSet<>();
        boxes.forEach((id, box) -> {
            if (box.getValue()) {
                ticked.add(id);
            }
        });
        RoleInfo role = selected;
        try {
            RoleInfo stored = roles.setPermissions(actor, role.id(), role.version(),
                    PermissionGroups.toStore(role.permissions(), available, ticked));
            Refusals.success(getTranslation("identity.ui.roles.saved", RoleLabels.label(stored, this::getTranslation)));
            reload(stored.id());
        } catch (RuntimeException refused) {
            Refusals.show(refused, this::getTranslation);
            if (Refusals.isConflict(refused)) {
                reload(role.id());
            }
        }
    }

    private void created(RoleInfo role) {
        reload(role.id());
    }
}
