package org.danvan.platform.shell.internal;

import java.util.List;

import org.danvan.platform.ui.spi.MenuGroup;

/** Order of the well-known menu groups; a module's own group comes after them. */
final class MenuGroups {

    private static final List<String> ORDER = List.of(MenuGroup.WORK, MenuGroup.PROGRAMMES, MenuGroup.REPORTS,
            MenuGroup.ADMINISTRATION);

    private MenuGroups() {
    }

    static int rank(String group) {
        int index = ORDER.indexOf(group);
        return index < 0 ? ORDER.size() : index;
    }
}
