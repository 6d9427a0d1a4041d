package org.danvan.dashboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.CaseStatus;
import com.vaadin.flow.component.button.Button;
import org.danvan.cases.api.Page;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.DashboardCount;
import org.danvan.cases.api.DueState;
import org.danvan.cases.api.PeriodCounts;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.chart.DanvanChart;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import elemental.json.Json;
import elemental.json.JsonObject;

/**
 * The screen in a server-side UI without a browser: what the charts receive, what a click opens, how a wrong period
 * is shown. The case engine is replaced by a recorder of the two calls the screen makes.
 */
class DashboardViewTest {

    private static final UserPrincipal OFFICER = new UserPrincipal(7, "lan", "Nguyễn Thị Lan", 12L, "Xã Tiên Du",
            Set.of(CasePermissions.VIEW));

    private final ReentrantLock lock = new ReentrantLock();
    private final List<String> engineCalls = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final List<QueryParameters> openedWith = new ArrayList<>();
    /** Held here: UI.getCurrent() keeps only a weak reference, which a garbage collection may clear mid-test. */
    private UI ui;

    @BeforeEach
    void signIn() {
        VaadinSession session = new VaadinSession(null) {
            private static final long serialVersionUID = 1L;

            @Override
            public Lock getLockInstance() {
                return lock;
            }
        };
        lock.lock();
        VaadinSession.setCurrent(session);
        session.setAttribute(UserPrincipal.class, OFFICER);
        ui = new UI();
        ui.getInternals().setSession(session);
        ui.setLocale(Locale.forLanguageTag("vi"));
        UI.setCurrent(ui);
    }

    @AfterEach
    void signOut() {
        UI.setCurrent(null);
        VaadinSession.setCurrent(null);
        lock.unlock();
    }

    private CaseService engine() {
        return (CaseService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { CaseService.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "dashboard" -> {
                        engineCalls.add("dashboard " + args[1]);
                        yield List.of(new DashboardCount(CaseKind.COMPLAINT_FIRST, CaseStatus.ACCEPTED,
                                DueState.OVERDUE, 2),
                                new DashboardCount(CaseKind.REFLECTION, CaseStatus.RECEIVED, DueState.ON_TIME, 5));
                    }
                    case "find" -> {
                        CaseQuery query = (CaseQuery) args[1];
                        engineCalls.add("find " + query.worklist() + " " + query.unitId() + " " + query.includeSubunits());
                        yield new Page<>(List.of(), 3);
                    }
                    case "periodCounts" -> {
                        engineCalls.add("period " + args[1] + " " + args[2] + " " + args[3]);
                        yield new PeriodCounts(9, 4, 2, 1, 6);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static AccessControl scoped(AccessScope scope) {
        return (AccessControl) Proxy.newProxyInstance(DashboardViewTest.class.getClassLoader(),
                new Class<?>[] { AccessControl.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "scope" -> scope;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private DashboardView open() {
        return open(AccessScope.all());
    }

    private DashboardView open(AccessScope scope) {
        DashboardView view = new DashboardView(engine(), new TreeOfUnits(), scoped(scope), (route, parameters) -> {
            opened.add(route);
            openedWith.add(parameters);
        });
        ui.add(view);
        return view;
    }

    private static <T extends Component> T find(Component root, String id, Class<T> type) {
        return all(root).filter(c -> id.equals(c.getId().orElse(null))).findFirst().map(type::cast)
                .orElseThrow(() -> new AssertionError("no #" + id));
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(DashboardViewTest::all));
    }

    private static JsonObject sent(DanvanChart chart) {
        return Json.parse(chart.getElement().getProperty("config"));
    }

    @Test
    void theUsersUnitIsShownWithItsCountsAndTheYearToDate() {
        DashboardView view = open();
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitInfo> unit = find(view, "dashboard-unit", ComboBox.class);
        assertEquals(12L, unit.getValue().id());
        LocalDate today = LocalizedDates.today();
        assertEquals(today.withDayOfYear(1), find(view, "dashboard-from", DatePicker.class).getValue());
        assertEquals(today, find(view, "dashboard-to", DatePicker.class).getValue());
        // one query per figure, not one per field set while building
        assertEquals(List.of("dashboard 12", "find UNPROCESSED 12 true", "period 12 " + today.withDayOfYear(1) + " "
                + today), engineCalls);
        Button unprocessed = find(view, "dashboard-unprocessed", Button.class);
        assertTrue(unprocessed.isVisible(), "3 petitions unprocessed too long");
        unprocessed.click();
        assertEquals("UNPROCESSED", openedWith.get(openedWith.size() - 1).getParameters().get("ds").get(0),
                "opens the worklist of petitions unprocessed too long");

        JsonObject kinds = sent(find(view, "dashboard-chart-kind", DanvanChart.class));
        assertEquals(2, kinds.getArray("labels").length());
        assertEquals(5, kinds.getArray("datasets").getObject(0).getArray("values").getNumber(1));
        assertEquals("doughnut", sent(find(view, "dashboard-chart-due", DanvanChart.class)).getString("type"));
        assertEquals(CaseStatus.values().length, sent(find(view, "dashboard-chart-status", DanvanChart.class)).getArray("labels").length());

        @SuppressWarnings("unchecked")
        Grid<DashboardFigures.KindRow> table = find(view, "dashboard-table", Grid.class);
        assertEquals(List.of(new DashboardFigures.KindRow(CaseKind.COMPLAINT_FIRST, 2, 2, 0, 2),
                new DashboardFigures.KindRow(CaseKind.REFLECTION, 5, 5, 0, 0)),
                table.getGenericDataView().getItems().toList());
        @SuppressWarnings("unchecked")
        Grid<PeriodCounts> period = find(view, "dashboard-period", Grid.class);
        assertEquals(List.of(new PeriodCounts(9, 4, 2, 1, 6)), period.getGenericDataView().getItems().toList());
    }

    @Test
    void clickingABarOpensTheWorklistFilteredByItsValue() {
        DashboardView view = open();
        click(find(view, "dashboard-chart-kind", DanvanChart.class), 1);
        click(find(view, "dashboard-chart-due", DanvanChart.class), 3);
        // a position the chart does not have opens nothing
        click(find(view, "dashboard-chart-status", DanvanChart.class), 42);

        assertEquals(List.of("ho-so-vu-viec", "ho-so-vu-viec"), opened);
        assertEquals(Map.of("ds", List.of("ALL"), "loai", List.of("REFLECTION"), "don-vi", List.of("12"),
                "cap-duoi", List.of("1")), openedWith.get(0).getParameters());
        assertEquals(Map.of("ds", List.of("OVERDUE"), "don-vi", List.of("12"), "cap-duoi", List.of("1")),
                openedWith.get(1).getParameters());
    }

    @Test
    void choosingAnotherUnitRecountsForIt() {
        DashboardView view = open();
        engineCalls.clear();
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitInfo> unit = find(view, "dashboard-unit", ComboBox.class);
        unit.setValue(new TreeOfUnits().find(13).orElseThrow());
        assertEquals("dashboard 13", engineCalls.get(0));
        assertEquals("find UNPROCESSED 13 true", engineCalls.get(1));
        assertTrue(engineCalls.get(2).startsWith("period 13 "));
    }

    @Test
    void anEndBeforeTheStartIsShownOnTheFieldAndNotAskedOfTheEngine() {
        DashboardView view = open();
        engineCalls.clear();
        DatePicker to = find(view, "dashboard-to", DatePicker.class);
        to.setValue(LocalizedDates.today().withDayOfYear(1).minusDays(1));
        assertTrue(to.isInvalid());
        assertTrue(to.getErrorMessage().contains("dashboard.error.period.order"), to.getErrorMessage());
        assertFalse(find(view, "dashboard-from", DatePicker.class).isInvalid());
        assertTrue(engineCalls.isEmpty(), "refused input reached the engine: " + engineCalls);
        @SuppressWarnings("unchecked")
        Grid<PeriodCounts> period = find(view, "dashboard-period", Grid.class);
        assertEquals(0, period.getGenericDataView().getItems().count());
    }

    @Test
    void aUserWithoutAnyUnitIsToldSoAndNothingIsCounted() {
        DashboardView view = open(AccessScope.none());
        assertEquals("!{dashboard.noUnit}!", find(view, "dashboard-total", Span.class).getText());
        assertTrue(engineCalls.isEmpty(), "counted without a unit: " + engineCalls);
        assertEquals(0, sent(find(view, "dashboard-chart-kind", DanvanChart.class)).getArray("labels").length());
        click(find(view, "dashboard-chart-status", DanvanChart.class), 0);
        assertTrue(opened.isEmpty(), "a drill-down without a unit would show cases of other units");
    }

    private static void click(DanvanChart chart, int labelIndex) {
        JsonObject data = Json.createObject();
        data.put("event.detail.labelIndex", labelIndex);
        data.put("event.detail.datasetIndex", 0);
        chart.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(chart.getElement(), "danvan-chart-click", data));
    }
}
