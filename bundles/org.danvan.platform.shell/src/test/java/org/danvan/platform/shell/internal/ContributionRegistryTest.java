package org.danvan.platform.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.ui.MenuContribution;
import org.danvan.platform.api.ui.MenuGroup;
import org.danvan.platform.api.ui.ViewContribution;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

class ContributionRegistryTest {

    private final ContributionRegistry registry = new ContributionRegistry();

    @Test
    void menuShowsOnlyEntriesWhoseViewIsPresentInGroupThenOrder() {
        registry.addMenuEntry(menu("admin", MenuGroup.ADMINISTRATION, 1));
        registry.addMenuEntry(menu("b", MenuGroup.WORK, 20));
        registry.addMenuEntry(menu("a", MenuGroup.WORK, 10));
        registry.addMenuEntry(menu("orphan", MenuGroup.WORK, 5));
        registry.addMenuEntry(menu("vendor", "vendor.group", 1));
        for (String route : List.of("admin", "a", "b", "vendor")) {
            registry.addView(view(route));
        }
        assertEquals(List.of("a", "b", "admin", "vendor"),
                registry.menuEntries().stream().map(MenuContribution::route).toList());
    }

    @Test
    void aSecondViewOnATakenRouteIsRefusedAndListenersHearArrivalsAndDepartures() {
        List<String> events = new ArrayList<>();
        registry.addListener(new ContributionRegistry.Listener() {
            @Override
            public void viewAdded(ViewContribution view) {
                events.add("+" + view.route());
            }

            @Override
            public void viewRemoved(ViewContribution view) {
                events.add("-" + view.route());
            }

            @Override
            public void contributionsChanged() {
                events.add("changed");
            }
        });
        ViewContribution first = view("bang-tin");
        registry.addView(first);
        registry.addView(view("bang-tin"));
        assertEquals(1, registry.views().size());
        registry.removeView(first);
        assertTrue(registry.views().isEmpty());
        assertEquals(List.of("+bang-tin", "-bang-tin"), events);
    }

    private static MenuContribution menu(String route, String group, int order) {
        return new MenuContribution() {
            @Override
            public String route() {
                return route;
            }

            @Override
            public String labelKey() {
                return route;
            }

            @Override
            public String icon() {
                return null;
            }

            @Override
            public String group() {
                return group;
            }

            @Override
            public int order() {
                return order;
            }
        };
    }

    private static ViewContribution view(String route) {
        return new ViewContribution() {
            @Override
            public String route() {
                return route;
            }

            @Override
            public Class<? extends Component> viewClass() {
                return Div.class;
            }

            @Override
            public String requiredPermission() {
                return null;
            }

            @Override
            public String titleKey() {
                return route;
            }

            @Override
            public Component createView() {
                return new Div();
            }
        };
    }
}
