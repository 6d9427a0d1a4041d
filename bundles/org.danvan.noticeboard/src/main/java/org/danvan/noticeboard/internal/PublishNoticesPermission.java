package org.danvan.noticeboard.internal;

import java.util.Set;

import org.danvan.identity.api.Roles;
import org.danvan.noticeboard.api.NoticeBoardPermissions;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Publishing, editing and deleting notices: administrators, commune chairs and mass-organisation officers. */
@Component(service = PermissionContribution.class)
public class PublishNoticesPermission implements PermissionContribution {

    @Override
    public String id() {
        return NoticeBoardPermissions.PUBLISH;
    }

    @Override
    public String labelKey() {
        return "noticeboard.permission.publish";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of(Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER);
    }
}
