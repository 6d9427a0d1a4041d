package org.danvan.noticeboard.internal;

import java.util.Set;

import org.danvan.identity.api.Roles;
import org.danvan.noticeboard.api.NoticeBoardPermissions;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Reading the notice board: every default role. */
@Component(service = PermissionContribution.class)
public class ViewNoticesPermission implements PermissionContribution {

    @Override
    public String id() {
        return NoticeBoardPermissions.VIEW;
    }

    @Override
    public String labelKey() {
        return "noticeboard.permission.view";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.copyOf(Roles.ALL);
    }
}
