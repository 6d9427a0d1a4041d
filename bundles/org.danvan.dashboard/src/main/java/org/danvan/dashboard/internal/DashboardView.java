package org.danvan.dashboard.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.DueState;
import org.danvan.cases.api.PeriodCounts;
import org.danvan.cases.api.Worklist;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.chart.ChartClickEvent;
import org.danvan.platform.ui.kit.chart.ChartType;
import org.danvan.platform.ui.kit.chart.DanvanChart;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.ui.kit.LocalizedDates;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;

/**
 * "Tổng quan": a unit subtree's cases by kind, status and due state as three charts and a table, and the periodic
 * figures of a chosen period. Clicking a bar, a slice or a table row opens the worklist filtered accordingly.
 * <p>
 * The engine's dashboard counts have no period: the charts show every case of the subtree as it stands today; the
 * period drives the periodic figures (received, accepted, resolved on time or late, pending).
 */
public class DashboardView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient CaseService cases;
    private final transient BiConsumer<String, QueryParameters> navigator;
    private final UserPrincipal user;
    private final ComboBox<OrgUnitInfo> unit = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span total = new Span();
    /** Petitions left unprocessed beyond the limit of Decree 154/2026 art. 41, a link to their worklist. */
    private final Button unprocessed = new Button();
    private final DanvanChart kindChart = new DanvanChart(ChartType.BAR);
    private final DanvanChart statusChart = new DanvanChart(ChartType.BAR);
    private final DanvanChart dueChart = new DanvanChart(ChartType.DOUGHNUT);
    private final Grid<DashboardFigures.KindRow> table = new Grid<>();
    private final Grid<PeriodCounts> period = new Grid<>();
    private final Span periodHeading = new Span();
    private final boolean noUnitToChoose;
    private ChartSeries<CaseKind> kinds;
    private ChartSeries<CaseStatus> statuses;
    private ChartSeries<DueState> dues;

    public DashboardView(CaseService cases, OrgUnitDirectory units, AccessControl access) {
        this(cases, units, access, (route, parameters) -> UI.getCurrent().navigate(route, parameters));
    }

    /** With the way to open the worklist replaceable, for tests (a bare UI has no router). */
    DashboardView(CaseService cases, OrgUnitDirectory units, AccessControl access,
            BiConsumer<String, QueryParameters> navigator) {
        this.cases = cases;
        this.navigator = navigator;
        this.user = SignedInUser.get().orElseThrow(IllegalStateException::new);
        setId("dashboard");
        setPadding(true);
        setWidthFull();
        List<OrgUnitInfo> choices = UnitChoices.of(units, access.scope(user, CasePermissions.VIEW));
        noUnitToChoose = choices.isEmpty();
        add(filters(choices), total, unprocessed, charts(), tableSection(), periodSection());
        total.setId("dashboard-total");
        unprocessed.setId("dashboard-unprocessed");
        unprocessed.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        unprocessed.setVisible(false);
        unprocessed.addClickListener(e -> selectedUnit().ifPresent(u -> open(WorklistDrillDown.unprocessed(u.id()))));
        Period initial = Period.yearToDate(LocalizedDates.today());
        from.setValue(initial.from());
        to.setValue(initial.to());
        UnitChoices.preferred(choices, user.orgUnitId()).ifPresent(unit::setValue);
        // listeners last, so that setting the initial values above does not query three times
        unit.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refreshPeriod());
        to.addValueChangeListener(e -> refreshPeriod());
        kindChart.addChartClickListener(e -> drill(e, kinds, WorklistDrillDown::kind));
        statusChart.addChartClickListener(e -> drill(e, statuses, WorklistDrillDown::status));
        dueChart.addChartClickListener(e -> drill(e, dues, WorklistDrillDown::due));
        table.addItemClickListener(e -> selectedUnit()
                .ifPresent(u -> open(WorklistDrillDown.kind(u.id(), e.getItem().kind()))));
        refresh();
    }

    private Component filters(List<OrgUnitInfo> choices) {
        unit.setId("dashboard-unit");
        unit.setLabel(getTranslation("dashboard.filter.unit"));
        unit.setItems(choices);
        unit.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        unit.setAllowCustomValue(false);
        unit.getStyle().set("flex", "2 1 18rem").set("min-width", "0");
        from.setId("dashboard-from");
        from.setLabel(getTranslation("dashboard.filter.from"));
        to.setId("dashboard-to");
        to.setLabel(getTranslation("dashboard.filter.to"));
        for (DatePicker day : List.of(from, to)) {
            day.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("dashboard.datepicker.today"),
                    getTranslation("dashboard.datepicker.cancel")));
            // Period.checked is the one judge of the input; the component must not clear or set errors itself
            day.setManualValidation(true);
            day.getStyle().set("flex", "1 1 10rem").set("min-width", "0");
        }
        FlexLayout bar = new FlexLayout(unit, from, to);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        bar.setWidthFull();
        return bar;
    }

    private Component charts() {
        FlexLayout row = new FlexLayout(card("dashboard.chart.kind", "dashboard-chart-kind", kindChart),
                card("dashboard.chart.status", "dashboard-chart-status", statusChart),
                card("dashboard.chart.due", "dashboard-chart-due", dueChart));
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        row.setWidthFull();
        // long kind names read better across than under a bar
        kindChart.setHorizontal(true);
        kindChart.setLegendVisible(false);
        statusChart.setLegendVisible(false);
        return row;
    }

    private Component card(String titleKey, String id, DanvanChart chart) {
        chart.setId(id);
        chart.setAccessibleName(getTranslation(titleKey));
        chart.setWidthFull();
        chart.setHeight("18rem");
        Div card = new Div(new H3(getTranslation(titleKey)), chart);
        card.getStyle().set("flex", "1 1 20rem").set("min-width", "0");
        return card;
    }

    private Component tableSection() {
        table.setId("dashboard-table");
        table.addColumn(r -> getTranslation(r.kind().labelKey())).setHeader(getTranslation("dashboard.table.kind"))
                .setFlexGrow(3);
        table.addColumn(DashboardFigures.KindRow::total).setHeader(getTranslation("dashboard.table.total"));
        table.addColumn(DashboardFigures.KindRow::open).setHeader(getTranslation("dashboard.table.open"));
        table.addColumn(DashboardFigures.KindRow::nearDue).setHeader(getTranslation("dashboard.table.nearDue"));
        table.addColumn(DashboardFigures.KindRow::overdue).setHeader(getTranslation("dashboard.table.overdue"));
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return fullWidth(new Div(new H3(getTranslation("dashboard.table.title")), table));
    }

    private Component periodSection() {
        period.setId("dashboard-period");
        period.addColumn(PeriodCounts::received).setHeader(getTranslation("dashboard.period.received"));
        period.addColumn(PeriodCounts::accepted).setHeader(getTranslation("dashboard.period.accepted"));
        period.addColumn(PeriodCounts::resolvedOnTime).setHeader(getTranslation("dashboard.period.onTime"));
        period.addColumn(PeriodCounts::resolvedLate).setHeader(getTranslation("dashboard.period.late"));
        period.addColumn(PeriodCounts::pending).setHeader(getTranslation("dashboard.period.pending"));
        period.setAllRowsVisible(true);
        period.addThemeVariants(GridVariant.LUMO_COMPACT);
        periodHeading.setId("dashboard-period-heading");
        H3 heading = new H3(periodHeading);
        return fullWidth(new Div(heading, period));
    }

    private Optional<OrgUnitInfo> selectedUnit() {
        return Optional.ofNullable(unit.getValue());
    }

    private void refresh() {
        refreshCounts();
        refreshPeriod();
    }

    private void refreshCounts() {
        OrgUnitInfo chosen = unit.getValue();
        if (chosen == null) {
            show(DashboardFigures.of(List.of()));
            return;
        }
        try {
            show(DashboardFigures.of(cases.dashboard(user, chosen.id())));
            long late = cases.find(user, new CaseQuery(Worklist.UNPROCESSED, null, null, chosen.id(), true, null,
                    null, null, null, false, 0, 1)).total();
            unprocessed.setText(getTranslation("dashboard.unprocessed", late));
            unprocessed.setVisible(late > 0);
        } catch (AccessDeniedException denied) {
            show(DashboardFigures.of(List.of()));
            unprocessed.setVisible(false);
            error("dashboard.error.denied");
        }
    }

    private void show(DashboardFigures figures) {
        Function<String, String> translate = this::getTranslation;
        kinds = DashboardCharts.byKind(figures, translate);
        statuses = DashboardCharts.byStatus(figures, translate);
        dues = DashboardCharts.byDue(figures, translate);
        kindChart.setData(kinds.labels(), List.of(kinds.dataset()));
        statusChart.setData(statuses.labels(), List.of(statuses.dataset()));
        dueChart.setData(dues.labels(), List.of(dues.dataset()));
        table.setItems(figures.kindRows());
        if (unit.getValue() != null) {
            total.setText(getTranslation("dashboard.total", figures.total()));
        } else {
            total.setText(noUnitToChoose ? getTranslation("dashboard.noUnit") : "");
        }
    }

    private void refreshPeriod() {
        from.setInvalid(false);
        to.setInvalid(false);
        OrgUnitInfo chosen = unit.getValue();
        Period checked;
        try {
            checked = Period.checked(from.getValue(), to.getValue(), LocalizedDates.today());
        } catch (ValidationException refused) {
            for (Violation v : refused.violations()) {
                DatePicker field = "from".equals(v.field()) ? from : to;
                field.setErrorMessage(getTranslation(v.messageKey(), v.args().toArray()));
                field.setInvalid(true);
            }
            period.setItems(List.of());
            periodHeading.setText(getTranslation("dashboard.period.title.none"));
            return;
        }
        periodHeading.setText(getTranslation("dashboard.period.title", LocalizedDates.format(checked.from()),
                LocalizedDates.format(checked.to())));
        if (chosen == null) {
            period.setItems(List.of());
            return;
        }
        try {
            period.setItems(List.of(cases.periodCounts(user, chosen.id(), checked.from(), checked.to())));
        } catch (AccessDeniedException denied) {
            period.setItems(List.of());
            error("dashboard.error.denied");
        } catch (ValidationException refused) {
            period.setItems(List.of());
            refused.violations().stream().findFirst().ifPresent(v -> error(v.messageKey()));
        }
    }

    private <E extends Enum<E>> void drill(ChartClickEvent click, ChartSeries<E> series,
            BiFunction<Long, E, Map<String, List<String>>> link) {
        OrgUnitInfo chosen = unit.getValue();
        if (chosen == null || series == null || !click.isValid()) {
            return;
        }
        series.keyAt(click.getLabelIndex()).ifPresent(key -> open(link.apply(chosen.id(), key)));
    }

    private void open(Map<String, List<String>> parameters) {
        navigator.accept(WorklistDrillDown.ROUTE, new QueryParameters(parameters));
    }

    private void error(String key) {
        Notification note = Notification.show(getTranslation(key));
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A section as wide as the screen, whose grid scrolls inside it instead of widening the page on a phone. */
    private static Div fullWidth(Div section) {
        section.setWidthFull();
        section.getStyle().set("min-width", "0");
        return section;
    }
}
