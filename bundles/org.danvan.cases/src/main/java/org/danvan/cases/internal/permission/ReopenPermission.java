package org.danvan.cases.internal.permission;

import java.util.Set;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Reopening a first complaint as a second one. */
@Component(service = PermissionContribution.class)
public class ReopenPermission implements PermissionContribution {

    @Override
    public String id() {
        return CasePermissions.REOPEN;
    }

    @Override
    public String labelKey() {
        return "case.permission.reopen";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("province-admin", "commune-chair", "inspector");
    }
}
