package org.danvan.identity.internal;

import java.util.Set;

import org.danvan.platform.api.security.Roles;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Creating, renaming, merging, splitting and importing org units. */
@Component(service = PermissionContribution.class)
public class ManageUnitsPermission implements PermissionContribution {

    public static final String ID = "identity.units.manage";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "identity.permission.units.manage";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of(Roles.PROVINCE_ADMIN);
    }
}
