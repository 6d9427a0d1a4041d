package org.danvan.hcmstudy.ui.internal;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.ModuleScreen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The module's screens over one unit's records and year: the UI kit's module screen. */
abstract class StudyScreen extends ModuleScreen {

    private static final long serialVersionUID = 1L;

    StudyScreen(String id, OrgUnitDirectory units, AccessControl access) {
        super(id, units, access);
    }

    /** The unit and year pickers, then the screen's own components. */
    protected HorizontalLayout filters(Component... more) {
        return filters(true, more);
    }
}
