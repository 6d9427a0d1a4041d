package org.danvan.cases.internal.permission;

import java.util.Set;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Extending a time limit by a recorded decision. */
@Component(service = PermissionContribution.class)
public class ExtendPermission implements PermissionContribution {

    @Override
    public String id() {
        return CasePermissions.EXTEND;
    }

    @Override
    public String labelKey() {
        return "case.permission.extend";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("province-admin", "commune-chair", "inspector");
    }
}
