package org.danvan.platform.shell.internal;

import java.util.Map;
import java.util.Objects;

import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.ViewContribution;

import com.vaadin.flow.component.Component;

/**
 * A {@link ViewContribution} with its {@link DanvanView} service properties read once.
 *
 * @param contribution the service
 * @param route route path
 * @param titleKey translation key of the title
 * @param permission the permission needed, {@code null} for every signed-in user
 * @param isPublic open without login
 * @param menuKey translation key of the menu entry, {@code null} for none
 * @param icon menu icon, {@code null} for none
 * @param group menu group
 * @param order order within the group
 * @param moduleId the module of the contributing bundle, {@code null} for the platform's own screens
 * @param ranking {@code service.ranking}
 * @param serviceId {@code service.id} (older wins a tie)
 */
public record ContributedView(ViewContribution contribution, String route, String titleKey, String permission,
        boolean isPublic, String menuKey, String icon, String group, int order, String moduleId, int ranking,
        long serviceId) {

    private static final String P = DanvanView.PREFIX_;

    public ContributedView {
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(titleKey, "titleKey");
    }

    /**
     * Reads the properties of a view service.
     *
     * @throws IllegalArgumentException when the route or title is missing or the route is malformed
     */
    public static ContributedView of(ViewContribution contribution, Map<String, ?> properties, String moduleId) {
        String route = text(properties.get(P + "route"));
        String title = text(properties.get(P + "title"));
        if (route == null || title == null) {
            throw new IllegalArgumentException("a view needs " + P + "route and " + P + "title (@DanvanView)");
        }
        if (!route.matches("[a-z0-9][a-z0-9/-]*") || route.endsWith("/") || route.contains("//")) {
            throw new IllegalArgumentException("malformed route '" + route + "'");
        }
        return new ContributedView(contribution, route, title, text(properties.get(P + "permission")),
                Boolean.parseBoolean(String.valueOf(properties.get(P + "publicPage"))),
                text(properties.get(P + "menu")), text(properties.get(P + "icon")),
                Objects.requireNonNullElse(text(properties.get(P + "group")), MenuGroup.WORK),
                number(properties.get(P + "order"), 100), moduleId, number(properties.get("service.ranking"), 0),
                properties.get("service.id") instanceof Number n ? n.longValue() : 0L);
    }

    private static String text(Object value) {
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).trim();
    }

    private static int number(Object value, int fallback) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null ? fallback : Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public Class<? extends Component> viewClass() {
        return contribution.viewClass();
    }

    public Component createView() {
        return contribution.createView();
    }

    /** Whether the view has an entry in the side navigation. */
    public boolean hasMenuEntry() {
        return menuKey != null;
    }

    /** Whether this view wins its route against another: higher ranking, then the older service. */
    boolean outranks(ContributedView other) {
        return ranking != other.ranking ? ranking > other.ranking : serviceId < other.serviceId;
    }
}
