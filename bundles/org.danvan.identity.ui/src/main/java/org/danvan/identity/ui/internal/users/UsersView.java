package org.danvan.identity.ui.internal.users;

import java.util.List;

import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.api.RoleInfo;
import org.danvan.identity.api.UserAdmin;
import org.danvan.identity.api.UserFilter;
import org.danvan.identity.api.UserSummary;
import org.danvan.identity.ui.internal.RoleLabels;
import org.danvan.platform.ui.kit.UnitLabels;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.SignedInUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The users the administrator may manage, page by page from the service, with filters; a click opens the user
 * (details, status, password reset, role assignments).
 */
public class UsersView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** Values of the "locked" filter. */
    enum LockFilter {
        ALL(null), LOCKED(Boolean.TRUE), UNLOCKED(Boolean.FALSE);

        final Boolean locked;

        LockFilter(Boolean locked) {
            this.locked = locked;
        }
    }

    private final transient UserAdmin users;
    private final transient RoleAdmin roles;
    private final transient OrgUnitDirectory directory;
    private final transient UserPrincipal actor;
    private final Grid<UserSummary> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<UserSummary, Void, UserFilter> data;
    private final TextField text = new TextField();
    private final UnitPicker unit;
    private final ComboBox<RoleInfo> role = new ComboBox<>();
    private final Select<LockFilter> locked = new Select<>();

    public UsersView(UserAdmin users, RoleAdmin roles, OrgUnitDirectory directory) {
        this.users = users;
        this.roles = roles;
        this.directory = directory;
        this.actor = SignedInUser.get().orElse(null);
        this.unit = new UnitPicker(directory, "users-filter-unit", getTranslation("identity.ui.users.filter.unit"));
        setId("users");
        setSizeFull();
        setPadding(true);

        DataProvider<UserSummary, UserFilter> source = DataProvider.fromFilteringCallbacks(
                query -> actor == null ? java.util.stream.Stream.empty()
                        : users.find(actor, query.getFilter().orElse(UserFilter.any()), query.getOffset(),
                                query.getLimit()).stream(),
                query -> actor == null ? 0
                        : (int) Math.min(Integer.MAX_VALUE,
                                users.count(actor, query.getFilter().orElse(UserFilter.any()))));
        data = source.withConfigurableFilter();

        add(toolbar(), filters());
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::who).setHeader(getTranslation("identity.ui.users.column.user")).setFlexGrow(2)
                .setAutoWidth(false);
        grid.addColumn(u -> u.unitIds().isEmpty() ? "" : UnitLabels.name(directory, u.unitIds().get(0)))
                .setHeader(getTranslation("identity.ui.users.column.unit")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("identity.ui.users.column.status"))
                .setFlexGrow(0).setWidth("8rem");
        grid.setEmptyStateText(getTranslation("identity.ui.users.empty"));
        grid.setItems(data);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
        add(grid);
        setFlexGrow(1, grid);
    }

    private Component toolbar() {
        Button create = new Button(getTranslation("identity.ui.users.create"), VaadinIcon.PLUS.create(),
                e -> new UserDialog(users, roles, directory, actor, null, this::refresh).open());
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(actor != null);
        HorizontalLayout bar = new HorizontalLayout(create);
        bar.setWidthFull();
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        return bar;
    }

    private Component filters() {
        text.setId("users-filter-text");
        text.setLabel(getTranslation("identity.ui.users.filter.text"));
        text.setPlaceholder(getTranslation("identity.ui.users.filter.text.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> applyFilter());

        unit.addValueChangeListener(e -> applyFilter());

        role.setId("users-filter-role");
        role.setLabel(getTranslation("identity.ui.users.filter.role"));
        role.setItems(roleList());
        role.setItemLabelGenerator(r -> RoleLabels.label(r, this::getTranslation));
        role.setClearButtonVisible(true);
        role.addValueChangeListener(e -> applyFilter());

        locked.setId("users-filter-locked");
        locked.setLabel(getTranslation("identity.ui.users.filter.locked"));
        locked.setItems(LockFilter.values());
        locked.setItemLabelGenerator(f -> getTranslation("identity.ui.users.filter.locked." + f.name().toLowerCase(java.util.Locale.ROOT)));
        locked.setValue(LockFilter.ALL);
        locked.addValueChangeListener(e -> applyFilter());

        HorizontalLayout row = new HorizontalLayout(text, unit, role, locked);
        row.setWidthFull();
        row.getStyle().set("flex-wrap", "wrap");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        for (Component c : List.of(text, unit, role, locked)) {
            c.getElement().getStyle().set("flex", "1 1 12rem").set("min-width", "0");
        }
        return row;
    }

    private List<RoleInfo> roleList() {
        return roles.roles();
    }

    private void applyFilter() {
        data.setFilter(filterOf(text.getValue(), unit.getValue(), role.getValue(), locked.getValue()));
    }

    static UserFilter filterOf(String text, OrgUnitInfo unit, RoleInfo role, LockFilter lock) {
        String words = text == null || text.isBlank() ? null : text.strip();
        return new UserFilter(words, unit == null ? null : unit.id(), role == null ? null : role.id(),
                lock == null ? null : lock.locked);
    }

    private Component who(UserSummary user) {
        Span name = new Span(user.fullName());
        name.getStyle().set("font-weight", "600");
        Span login = new Span(user.login());
        login.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div cell = new Div(new Div(name), new Div(login));
        cell.setId("user-row-" + user.login());
        cell.getStyle().set("overflow-wrap", "anywhere");
        return cell;
    }

    private Component status(UserSummary user) {
        Div badges = new Div();
        badges.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (!user.active()) {
            badges.add(badge("identity.ui.user.status.inactive", "badge contrast small"));
        }
        if (user.locked()) {
            badges.add(badge("identity.ui.user.status.locked", "badge error small"));
        }
        if (user.active() && !user.locked()) {
            badges.add(badge("identity.ui.user.status.active", "badge success small"));
        }
        return badges;
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        return badge;
    }

    private void open(UserSummary user) {
        // the row may be stale: open what is stored now
        users.get(actor, user.id()).ifPresentOrElse(
                fresh -> new UserDialog(users, roles, directory, actor, fresh, this::refresh).open(), this::refresh);
    }

    private void refresh() {
        data.refreshAll();
    }
}
