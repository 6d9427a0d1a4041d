package org.danvan.identity.internal;

import java.util.Set;

import org.danvan.platform.api.security.Roles;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Managing user accounts and assigning roles to them. */
@Component(service = PermissionContribution.class)
public class ManageUsersPermission implements PermissionContribution {

    public static final String ID = "identity.users.manage";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "identity.permission.users.manage";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of(Roles.PROVINCE_ADMIN);
    }
}
