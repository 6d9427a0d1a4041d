package org.danvan.identity.internal;

import java.util.Set;

import org.danvan.platform.api.security.Roles;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Seeing one's own profile and changing one's own password (every default role). */
@Component(service = PermissionContribution.class)
public class ProfilePermission implements PermissionContribution {

    public static final String ID = "identity.profile";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "identity.permission.profile";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.copyOf(Roles.ALL);
    }
}
