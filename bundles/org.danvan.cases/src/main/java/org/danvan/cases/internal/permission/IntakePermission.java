package org.danvan.cases.internal.permission;

import java.util.Set;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Recording new cases at intake and attaching files. */
@Component(service = PermissionContribution.class)
public class IntakePermission implements PermissionContribution {

    @Override
    public String id() {
        return CasePermissions.INTAKE;
    }

    @Override
    public String labelKey() {
        return "case.permission.intake";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("province-admin", "commune-chair", "reception-officer", "mass-org-officer");
    }
}
