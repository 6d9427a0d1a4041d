package org.danvan.cases.internal.permission;

import java.util.Set;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Assigning a handler. */
@Component(service = PermissionContribution.class)
public class AssignPermission implements PermissionContribution {

    @Override
    public String id() {
        return CasePermissions.ASSIGN;
    }

    @Override
    public String labelKey() {
        return "case.permission.assign";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("province-admin", "commune-chair", "inspector");
    }
}
