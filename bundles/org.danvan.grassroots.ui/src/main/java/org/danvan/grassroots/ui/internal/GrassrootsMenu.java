package org.danvan.grassroots.ui.internal;

/** The module's own menu group: its five screens together under "Dân chủ ở cơ sở". */
final class GrassrootsMenu {

    /** Translation key of the group's label. */
    static final String GROUP = "grassroots.ui.menu.group";

    private GrassrootsMenu() {
    }
}
