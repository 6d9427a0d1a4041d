package org.danvan.identity.internal;

import java.util.Set;

import org.danvan.platform.api.security.Roles;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Creating roles and changing which permissions a role holds (only when held at a root unit). */
@Component(service = PermissionContribution.class)
public class ManageRolesPermission implements PermissionContribution {

    public static final String ID = "identity.roles.manage";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "identity.permission.roles.manage";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of(Roles.PROVINCE_ADMIN);
    }
}
