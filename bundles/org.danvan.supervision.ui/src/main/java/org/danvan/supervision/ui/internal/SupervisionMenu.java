package org.danvan.supervision.ui.internal;

/** The module's own menu group: its screens together under "Giám sát, phản biện". */
final class SupervisionMenu {

    /** Translation key of the group's label. */
    static final String GROUP = "supervision.ui.menu.group";

    private SupervisionMenu() {
    }
}
