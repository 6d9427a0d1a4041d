package org.danvan.conduct.ui.internal;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.ModuleScreen;

/** The module's screens over one unit's records (and, where it matters, one year): the UI kit's module screen. */
abstract class ConductScreen extends ModuleScreen {

    private static final long serialVersionUID = 1L;

    ConductScreen(String id, OrgUnitDirectory units, AccessControl access) {
        super(id, units, access);
    }
}
