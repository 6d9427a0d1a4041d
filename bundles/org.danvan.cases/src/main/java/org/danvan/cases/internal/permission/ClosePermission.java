package org.danvan.cases.internal.permission;

import java.util.Set;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Closing a case; holders are the unit's heads for notifications. */
@Component(service = PermissionContribution.class)
public class ClosePermission implements PermissionContribution {

    @Override
    public String id() {
        return CasePermissions.CLOSE;
    }

    @Override
    public String labelKey() {
        return "case.permission.close";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("province-admin", "commune-chair", "inspector");
    }
}
