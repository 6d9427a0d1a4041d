package org.danvan.cases.internal.permission;

import java.util.Set;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Resolving a case with an outcome. */
@Component(service = PermissionContribution.class)
public class ResolvePermission implements PermissionContribution {

    @Override
    public String id() {
        return CasePermissions.RESOLVE;
    }

    @Override
    public String labelKey() {
        return "case.permission.resolve";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("province-admin", "commune-chair", "case-handler", "inspector");
    }
}
