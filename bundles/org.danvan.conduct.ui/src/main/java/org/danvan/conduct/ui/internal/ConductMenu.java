package org.danvan.conduct.ui.internal;

/** The module's own menu group: its screens together under "Tác phong cán bộ, công chức". */
final class ConductMenu {

    /** Translation key of the group's label. */
    static final String GROUP = "conduct.ui.menu.group";

    private ConductMenu() {
    }
}
