package org.danvan.dissemination.ui.internal;

/** The module's own menu group: its screens together under "Tuyên truyền, phổ biến". */
final class DisseminationMenu {

    /** Translation key of the group's label. */
    static final String GROUP = "dissemination.ui.menu.group";

    private DisseminationMenu() {
    }
}
