package org.danvan.platform.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.ViewContribution;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

class ContributionRegistryTest {

    private final ContributionRegistry registry = new ContributionRegistry();
    private final List<String> events = new ArrayList<>();
    private long nextServiceId = 1;

    ContributionRegistryTest() {
        registry.addListener(new ContributionRegistry.Listener() {
            @Override
            public void viewAdded(ContributedView view) {
                events.add("+" + view.route() + ":" + view.viewClass().getSimpleName());
            }

            @Override
            public void viewRemoved(ContributedView view) {
                events.add("-" + view.route() + ":" + view.viewClass().getSimpleName());
            }

            @Override
            public void contributionsChanged() {
                events.add("changed");
            }
        });
    }

    @Test
    void menuListsViewsWithAMenuEntryInGroupThenOrder() {
        registry.addView(view("admin", Div.class, Map.of("danvan.view.menu", "m.admin", "danvan.view.group",
                MenuGroup.ADMINISTRATION, "danvan.view.order", 1)));
        registry.addView(view("b", Div.class, Map.of("danvan.view.menu", "m.b", "danvan.view.order", 20)));
        registry.addView(view("a", Div.class, Map.of("danvan.view.menu", "m.a", "danvan.view.order", 10)));
        registry.addView(view("hidden", Div.class, Map.of()));
        registry.addView(view("vendor", Div.class, Map.of("danvan.view.menu", "m.v", "danvan.view.group", "vendor.group")));
        assertEquals(List.of("a", "b", "admin", "vendor"),
                registry.menuEntries().stream().map(ContributedView::route).toList());
        assertEquals(5, registry.views().size());
    }

    @Test
    void theHigherRankingWinsARouteAndTheOtherTakesItBackWhenTheWinnerLeaves() {
        ContributedView ours = view("bang-tin", Div.class, Map.of());
        ContributedView vendors = view("bang-tin", Span.class, Map.of("service.ranking", 10));
        registry.addView(ours);
        registry.addView(vendors);
        assertSame(vendors, registry.viewForRoute("bang-tin").orElseThrow());
        assertEquals(List.of("+bang-tin:Div", "-bang-tin:Div", "+bang-tin:Span"), events);

        events.clear();
        registry.removeView(vendors.contribution());
        assertSame(ours, registry.viewForRoute("bang-tin").orElseThrow());
        assertEquals(List.of("-bang-tin:Span", "+bang-tin:Div"), events);

        events.clear();
        registry.removeView(ours.contribution());
        assertTrue(registry.views().isEmpty());
        assertEquals(List.of("-bang-tin:Div"), events);
    }

    @Test
    void withEqualRankingTheOlderServiceKeepsTheRouteAndALoserLeavesSilently() {
        ContributedView first = view("bang-tin", Div.class, Map.of());
        ContributedView second = view("bang-tin", Span.class, Map.of());
        registry.addView(first);
        registry.addView(second);
        assertSame(first, registry.viewForRoute("bang-tin").orElseThrow());
        registry.removeView(second.contribution());
        assertSame(first, registry.viewForRoute("bang-tin").orElseThrow());
        assertEquals(List.of("+bang-tin:Div"), events);
    }

    @Test
    void aViewWithoutRouteOrWithAMalformedRouteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ContributedView.of(contribution(Div.class),
                Map.of("danvan.view.title", "t"), null));
        assertThrows(IllegalArgumentException.class, () -> ContributedView.of(contribution(Div.class),
                Map.of("danvan.view.route", "../etc", "danvan.view.title", "t"), null));
        ContributedView ok = ContributedView.of(contribution(Div.class), Map.of("danvan.view.route", "dan-chu/cong-khai",
                "danvan.view.title", "t", "danvan.view.permission", "", "danvan.view.publicPage", true), "grassroots");
        assertEquals(null, ok.permission());
        assertTrue(ok.isPublic());
        assertEquals("grassroots", ok.moduleId());
    }

    private ContributedView view(String route, Class<? extends Component> type, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("danvan.view.route", route);
        properties.put("danvan.view.title", route + ".title");
        properties.put("service.id", nextServiceId++);
        return ContributedView.of(contribution(type), properties, null);
    }

    private static ViewContribution contribution(Class<? extends Component> type) {
        return new ViewContribution() {
            @Override
            public Class<? extends Component> viewClass() {
                return type;
            }

            @Override
            public Component createView() {
                try {
                    return type.getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
