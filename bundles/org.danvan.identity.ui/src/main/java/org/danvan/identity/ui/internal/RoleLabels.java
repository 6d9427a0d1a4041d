package org.danvan.identity.ui.internal;

import org.danvan.identity.api.RoleInfo;
import org.danvan.platform.ui.kit.Translate;

/** How a role is named: built-in roles by their translation {@code identity.role.<id>}, others by their name. */
public final class RoleLabels {

    private RoleLabels() {
    }

    public static String label(RoleInfo role, Translate translate) {
        if (role.builtIn() || role.name() == null || role.name().isBlank()) {
            return translate.text("identity.role." + role.id());
        }
        return role.name();
    }
}
