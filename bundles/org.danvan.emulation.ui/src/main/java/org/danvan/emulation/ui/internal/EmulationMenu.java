package org.danvan.emulation.ui.internal;

/** The module's own menu group: its screens together under "Thi đua, khen thưởng". */
final class EmulationMenu {

    /** Translation key of the group's label. */
    static final String GROUP = "emulation.ui.menu.group";

    private EmulationMenu() {
    }
}
