package org.danvan.dissemination.ui.internal;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.ModuleScreen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The module's screens over one unit's records (no year: a document stays in force): the UI kit's module screen. */
abstract class DisseminationScreen extends ModuleScreen {

    private static final long serialVersionUID = 1L;

    DisseminationScreen(String id, OrgUnitDirectory units, AccessControl access) {
        super(id, units, access);
    }

    /** The unit picker, then the screen's own components. */
    protected HorizontalLayout filters(Component... more) {
        return filters(false, more);
    }

    /** A percentage as shown in the grids. */
    protected static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
