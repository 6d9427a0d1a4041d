package org.danvan.audit.internal;

import java.util.Set;

import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Reading and verifying the audit trail (the console commands and the viewer). */
@Component(service = PermissionContribution.class)
public class AuditViewPermission implements PermissionContribution {

    public static final String ID = "audit.view";

    /** Role ids of the identity core, by value: this bundle does not depend on it. */
    static final Set<String> DEFAULT_ROLES = Set.of("province-admin", "inspector");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "audit.permission.view";
    }

    @Override
    public Set<String> defaultRoles() {
        return DEFAULT_ROLES;
    }
}
