package org.danvan.cases.ui.internal.worklist;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Worklist;
import org.danvan.cases.ui.internal.CaseBadges;
import org.danvan.cases.ui.internal.detail.CaseDetailContribution;
import org.danvan.cases.ui.internal.intake.IntakeContribution;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.StaffDirectory;
import org.danvan.platform.api.security.StaffMember;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.StaffPicker;
import org.danvan.platform.ui.kit.UnitLabels;
import org.danvan.platform.ui.kit.UnitPicker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * The worklists: my cases, my unit's queue, near due, overdue and all, each a lazy grid over the engine's paged
 * queries, with filters, a diacritic-insensitive search box (the engine folds diacritics; the box waits until typing
 * pauses) and the due state in colour. One engine call per filter change answers both the total and the first page.
 */
public class WorklistView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    /** Typing pause before the search runs, in milliseconds. */
    static final int SEARCH_DEBOUNCE_MS = 500;

    private static final List<Worklist> TABS = List.of(Worklist.MINE, Worklist.UNIT_QUEUE, Worklist.NEAR_DUE,
            Worklist.OVERDUE, Worklist.UNPROCESSED, Worklist.ALL);

    private final transient OrgUnitDirectory units;
    private final transient StaffDirectory staff;
    private final UserPrincipal user;
    private final PagedCaseSource source;
    private final ConfigurableFilterDataProvider<CaseSummary, Void, WorklistFilter> data;
    private final Grid<CaseSummary> grid = new Grid<>();
    private final Tabs tabs = new Tabs();
    private final Map<Worklist, Tab> tabByList = new EnumMap<>(Worklist.class);
    private final TextField search = new TextField();
    private final MultiSelectComboBox<CaseKind> kinds = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<CaseStatus> statuses = new MultiSelectComboBox<>();
    private final UnitPicker unit;
    private final Checkbox subunits = new Checkbox();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final StaffPicker handler;
    /** Names of the handlers shown, asked once per view. */
    private final Map<Long, String> handlerNames = new java.util.HashMap<>();
    private final Checkbox sortByDue = new Checkbox();
    private final Span total = new Span();
    /** Columns a phone does without: number, due date (with its colour) and subject say what matters. */
    private final List<Grid.Column<CaseSummary>> wideOnly = new java.util.ArrayList<>();
    private Worklist worklist = Worklist.MINE;
    private boolean applying;

    public WorklistView(CaseService cases, OrgUnitDirectory units, StaffDirectory staff) {
        this.units = units;
        this.staff = staff;
        this.user = SignedInUser.get().orElseThrow(IllegalStateException::new);
        this.source = new PagedCaseSource(query -> cases.find(user, query));
        this.unit = new UnitPicker(units, "cases-filter-unit", getTranslation("cases.ui.filter.unit"));
        // the handlers of the user's unit, or of the unit chosen in the filter
        this.handler = new StaffPicker(staff, "cases-filter-handler", getTranslation("cases.ui.filter.handler"),
                CasePermissions.RESOLVE, user.orgUnitId() == null ? 0 : user.orgUnitId());
        setId("cases-worklist");
        setSizeFull();
        setPadding(true);
        DataProvider<CaseSummary, WorklistFilter> lazy = DataProvider.fromFilteringCallbacks(
                query -> source.fetch(query.getFilter().orElseThrow(), query.getOffset(), query.getLimit()),
                query -> {
                    int count = source.count(query.getFilter().orElseThrow());
                    total.setText(getTranslation("cases.ui.worklist.total", count));
                    return count;
                });
        data = lazy.withConfigurableFilter();
        // replaced by beforeEnter (which reads the link's parameters) before the grid first asks for rows
        data.setFilter(WorklistFilter.of(worklist));
        add(toolbar(), tabs(), filters(), total);
        total.setId("cases-total");
        configureGrid();
        add(grid);
        setFlexGrow(1, grid);
    }

    private Component toolbar() {
        search.setId("cases-search");
        search.setPlaceholder(getTranslation("cases.ui.search.placeholder"));
        search.setAriaLabel(getTranslation("cases.ui.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(WorklistFilter.TEXT_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_DEBOUNCE_MS);
        search.addValueChangeListener(e -> apply());
        search.getStyle().set("flex", "1 1 14rem").set("min-width", "0");
        HorizontalLayout bar = new HorizontalLayout(search);
        if (user.hasPermission(CasePermissions.INTAKE)) {
            Button intake = new Button(getTranslation("cases.ui.worklist.new"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(IntakeContribution.ROUTE));
            intake.setId("cases-new");
            intake.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(intake);
        }
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private Component tabs() {
        tabs.setId("cases-tabs");
        for (Worklist list : TABS) {
            Tab tab = new Tab(getTranslation("cases.ui.worklist." + list.name()));
            tab.setId("cases-tab-" + list.name());
            tabByList.put(list, tab);
            tabs.add(tab);
        }
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> {
            if (e.isFromClient()) {
                worklist = TABS.get(tabs.getSelectedIndex());
                boolean dueList = worklist == Worklist.NEAR_DUE || worklist == Worklist.OVERDUE;
                applying = true;
                sortByDue.setValue(dueList || sortByDue.getValue());
                applying = false;
                apply();
            }
        });
        return tabs;
    }

    private Component filters() {
        kinds.setId("cases-filter-kind");
        kinds.setLabel(getTranslation("cases.ui.filter.kind"));
        kinds.setItems(CaseKind.values());
        kinds.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        statuses.setId("cases-filter-status");
        statuses.setLabel(getTranslation("cases.ui.filter.status"));
        statuses.setItems(CaseStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        kinds.addValueChangeListener(e -> apply());
        statuses.addValueChangeListener(e -> apply());
        unit.addValueChangeListener(e -> apply());
        subunits.setId("cases-filter-subunits");
        subunits.setLabel(getTranslation("cases.ui.filter.subunits"));
        subunits.setValue(true);
        subunits.addValueChangeListener(e -> apply());
        from.setId("cases-filter-from");
        from.setLabel(getTranslation("cases.ui.filter.from"));
        to.setId("cases-filter-to");
        to.setLabel(getTranslation("cases.ui.filter.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setClearButtonVisible(true);
            picker.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("cases.ui.datepicker.today"),
                    getTranslation("cases.ui.cancel"))
                    .setBadInputErrorMessage(getTranslation("cases.ui.datepicker.badInput")));
            picker.addValueChangeListener(e -> apply());
        }
        handler.addValueChangeListener(e -> apply());
        unit.addValueChangeListener(e -> {
            Long around = e.getValue() != null ? Long.valueOf(e.getValue().id()) : user.orgUnitId();
            handler.holding(CasePermissions.RESOLVE, around == null ? 0 : around);
        });
        sortByDue.setId("cases-sort-due");
        sortByDue.setLabel(getTranslation("cases.ui.filter.sortByDue"));
        sortByDue.addValueChangeListener(e -> apply());

        Div fields = new Div(kinds, statuses, unit, subunits, from, to, handler, sortByDue);
        fields.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        for (Component c : List.of(kinds, statuses, unit, from, to, handler)) {
            c.getElement().getStyle().set("flex", "1 1 11rem").set("min-width", "0");
        }
        Details details = new Details(getTranslation("cases.ui.filter.title"), fields);
        details.setId("cases-filters");
        details.setWidthFull();
        return details;
    }

    private void configureGrid() {
        grid.setId("cases-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CaseSummary::number).setHeader(getTranslation("cases.ui.column.number")).setFlexGrow(0)
                .setWidth("7rem");
        wideOnly.add(grid.addColumn(c -> getTranslation(c.kind().labelKey()))
                .setHeader(getTranslation("cases.ui.column.kind")).setFlexGrow(1));
        wideOnly.add(grid.addColumn(c -> getTranslation(c.status().labelKey()))
                .setHeader(getTranslation("cases.ui.column.status")).setFlexGrow(0).setWidth("8rem"));
        wideOnly.add(grid.addColumn(c -> LocalizedDates.format(c.receivedOn()))
                .setHeader(getTranslation("cases.ui.column.received")).setFlexGrow(0).setWidth("7rem"));
        grid.addColumn(new ComponentRenderer<>(this::dueCell)).setHeader(getTranslation("cases.ui.column.due"))
                .setFlexGrow(0).setWidth("7.5rem");
        wideOnly.add(grid.addColumn(c -> UnitLabels.name(units, c.unitId()))
                .setHeader(getTranslation("cases.ui.column.unit")).setFlexGrow(1));
        wideOnly.add(grid.addColumn(this::handlerLabel).setHeader(getTranslation("cases.ui.column.handler"))
                .setFlexGrow(0).setWidth("7rem"));
        grid.addColumn(c -> excerpt(c)).setHeader(getTranslation("cases.ui.column.subject")).setFlexGrow(5);
        grid.setEmptyStateText(getTranslation("cases.ui.worklist.empty"));
        grid.setItems(data);
        grid.addItemClickListener(e -> CaseDetailContribution.open(e.getItem().id()));
        grid.setSizeFull();
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitWidth(details.getWindowInnerWidth()));
        var resize = page.addBrowserWindowResizeListener(e -> fitWidth(e.getWidth()));
        addDetachListener(e -> {
            resize.remove();
            e.unregisterListener();
        });
    }

    /** Below this width (px) the grid shows only number, due date and subject. */
    static final int PHONE_WIDTH = 700;

    private void fitWidth(int width) {
        boolean wide = width >= PHONE_WIDTH;
        wideOnly.forEach(column -> column.setVisible(wide));
    }

    private Component dueCell(CaseSummary row) {
        String label = row.dueDate() == null ? getTranslation(CaseBadges.dueKey(row.dueState()))
                : LocalizedDates.format(row.dueDate());
        Span badge = CaseBadges.due(row.dueState(), label);
        badge.setTitle(getTranslation(CaseBadges.dueKey(row.dueState())));
        return badge;
    }

    private String handlerLabel(CaseSummary row) {
        if (row.handlerUserId() == null) {
            return "";
        }
        return handlerNames.computeIfAbsent(row.handlerUserId(),
                id -> staff.names(List.of(id)).getOrDefault(id, "#" + id));
    }

    static String excerpt(CaseSummary row) {
        String concerned = row.concerned() == null ? "" : row.concerned().strip();
        String text = row.excerpt() == null ? "" : row.excerpt().strip();
        if (concerned.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? concerned : concerned + " — " + text;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WorklistFilter wanted = WorklistLink.parse(event.getLocation().getQueryParameters().getParameters(),
                Worklist.MINE, user.userId());
        applying = true;
        worklist = wanted.worklist();
        tabs.setSelectedTab(tabByList.get(worklist));
        kinds.setValue(wanted.kinds());
        statuses.setValue(wanted.statuses());
        if (wanted.unitId() != null) {
            OrgUnitInfo chosen = units.find(wanted.unitId()).orElse(null);
            unit.setValue(chosen);
            subunits.setValue(wanted.includeSubunits());
        }
        sortByDue.setValue(wanted.sortByDueDate());
        if (wanted.handlerUserId() != null) {
            long id = wanted.handlerUserId();
            handler.setValue(new StaffMember(id, id == user.userId() ? user.login() : "",
                    id == user.userId() ? user.fullName() : staff.names(List.of(id)).getOrDefault(id, "#" + id),
                    user.orgUnitId() == null ? 0 : user.orgUnitId()));
        }
        applying = false;
        apply();
    }

    /** Reads the filter inputs and re-queries unless they are invalid. */
    private void apply() {
        if (applying) {
            return;
        }
        WorklistFilter filter = currentFilter();
        if (!filter.validRange()) {
            to.setErrorMessage(getTranslation("cases.ui.filter.range"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        source.invalidate();
        data.setFilter(filter);
    }

    WorklistFilter currentFilter() {
        OrgUnitInfo chosen = unit.getValue();
        return new WorklistFilter(worklist, kinds.getValue(), statuses.getValue(), chosen == null ? null : chosen.id(),
                subunits.getValue(), from.getValue(), to.getValue(), handler.getValue() == null ? null : handler.getValue().userId(), search.getValue(),
                sortByDue.getValue());
    }
}
