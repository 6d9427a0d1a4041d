package org.danvan.cases.ui.internal;

import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.DueState;

import com.vaadin.flow.component.html.Span;

/**
 * Lumo badges for the state of a case: red for overdue, amber for near due, green for on time, grey for finished
 * cases. The text always says it too, so colour is never the only signal.
 */
public final class CaseBadges {

    private CaseBadges() {
    }

    /** The theme of a due-state badge. */
    public static String dueTheme(DueState state) {
        if (state == null) {
            return "badge contrast";
        }
        return switch (state) {
            case OVERDUE -> "badge error primary";
            // Lumo has no warning badge: amber comes from the style set in due()
            case NEAR_DUE -> "badge";
            case ON_TIME -> "badge success";
            case NONE -> "badge contrast";
        };
    }

    /** The translation key of a due state's label. */
    public static String dueKey(DueState state) {
        return "cases.ui.due." + (state == null ? DueState.NONE : state).name();
    }

    /** The theme of a status badge: open cases stand out, finished ones recede. */
    public static String statusTheme(CaseStatus status) {
        return status != null && status.isOpen() ? "badge" : "badge contrast";
    }

    /** A badge showing a due state, with a {@code data-due} attribute for tests and styling. */
    public static Span due(DueState state, String label) {
        Span badge = new Span(label);
        badge.getElement().getThemeList().add(dueTheme(state));
        badge.getElement().setAttribute("data-due", (state == null ? DueState.NONE : state).name());
        if (state == DueState.NEAR_DUE) {
            badge.getStyle().set("background-color", "#fff1c2").set("color", "#6b4500");
        }
        return badge;
    }
}
