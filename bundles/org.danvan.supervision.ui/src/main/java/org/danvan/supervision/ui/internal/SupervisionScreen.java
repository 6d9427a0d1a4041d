package org.danvan.supervision.ui.internal;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.ModuleScreen;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.supervision.api.SupervisionPermissions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The module's screens over one unit's records and year: the UI kit's module screen. */
abstract class SupervisionScreen extends ModuleScreen {

    private static final long serialVersionUID = 1L;

    SupervisionScreen(String id, OrgUnitDirectory units, AccessControl access) {
        super(id, units, access);
    }

    /** The unit and year pickers, then the screen's own components. */
    protected HorizontalLayout filters(Component... more) {
        return filters(true, more);
    }

    /**
     * Limits a picker of the organisation that acts to the units where the user keeps the module's records, and
     * chooses the user's own unit when it is one of them.
     */
    protected void ownUnitIfManaged(UnitPicker picker) {
        ownUnitIfPermitted(picker, SupervisionPermissions.MANAGE);
    }

    /** A day as the screens show it. */
    protected static String shown(java.time.LocalDate day) {
        return day == null ? "" : LocalizedDates.format(day);
    }
}
