package org.danvan.procedures.ui.internal;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.ModuleScreen;

/** The module's screens over one unit's records and year: the UI kit's module screen, with amounts of money. */
abstract class ProcedureScreen extends ModuleScreen {

    private static final long serialVersionUID = 1L;

    ProcedureScreen(String id, OrgUnitDirectory units, AccessControl access) {
        super(id, units, access);
    }

    /** An amount of VND as the user's language writes it. */
    protected String money(long vnd) {
        return getTranslation("procedures.ui.money", vnd);
    }
}
