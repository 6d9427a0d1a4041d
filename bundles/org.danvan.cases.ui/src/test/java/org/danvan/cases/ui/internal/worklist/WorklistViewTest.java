package org.danvan.cases.ui.internal.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Worklist;
import org.danvan.cases.ui.internal.testing.FakeCases;
import org.danvan.cases.ui.internal.testing.TestUsers;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.ui.UiHarness;
import org.danvan.platform.api.security.StaffDirectory;
import org.danvan.platform.api.security.StaffMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;

/** The worklist built server-side over a stand-in engine: tabs, and what one grid refresh costs the engine. */
class WorklistViewTest {

    /** Everybody is called by the same name; nobody is offered (the worklist only shows names here). */
    private static final StaffDirectory STAFF = new StaffDirectory() {
        @Override
        public List<StaffMember> holders(String permission, long unitId, String words, int limit) {
            return List.of();
        }

        @Override
        public Map<Long, String> names(Collection<Long> userIds) {
            Map<Long, String> names = new HashMap<>();
            userIds.forEach(id -> names.put(id, "Lê Văn Cường"));
            return names;
        }
    };

    private final UiHarness ui = new UiHarness(TestUsers.OFFICER);
    private final FakeCases cases = new FakeCases();

    @AfterEach
    void close() {
        ui.close();
    }

    /** The grid's data provider; the grid's own first request (made as the UI answers) is forgotten. */
    @SuppressWarnings("unchecked")
    private DataProvider<CaseSummary, Object> data() {
        DataProvider<CaseSummary, Object> data = (DataProvider<CaseSummary, Object>) ui.find("cases-grid", Grid.class)
                .getDataProvider();
        cases.calls.clear();
        return data;
    }

    @Test
    void aRefreshCostsOneEngineCallForTotalAndFirstRows() {
        WorklistView view = new WorklistView(cases, FakeUnits.sample(), STAFF);
        ui.ui.add(view);
        for (Worklist list : List.of(Worklist.MINE, Worklist.UNIT_QUEUE, Worklist.NEAR_DUE, Worklist.OVERDUE,
                Worklist.ALL)) {
            ui.find("cases-tab-" + list.name(), Tab.class);
        }
        DataProvider<CaseSummary, Object> data = data();
        assertEquals(1, data.size(new Query<>()));
        List<CaseSummary> rows = data.fetch(new Query<>(0, 50, List.of(), null, null)).toList();
        assertEquals("2026/000005", rows.get(0).number());
        assertEquals(List.of("find MINE 0+50"), cases.calls);
        assertTrue(ui.find("cases-total", Span.class).getText().contains("cases.ui.worklist.total"));
    }

    @Test
    void theSearchBoxReachesTheEngineAsOneNormalisedQuery() {
        WorklistView view = new WorklistView(cases, FakeUnits.sample(), STAFF);
        ui.ui.add(view);
        ui.find("cases-search", TextField.class).setValue("  Nguyen   van ");
        assertEquals("Nguyen van", view.currentFilter().text());
        data().size(new Query<>());
        assertEquals(List.of("find MINE 0+50 text=Nguyen van"), cases.calls);
    }
}
