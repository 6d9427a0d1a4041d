package org.danvan.cases.internal.permission;

import java.util.Set;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Accepting a case, notifying acceptance, or returning it with guidance. */
@Component(service = PermissionContribution.class)
public class AcceptPermission implements PermissionContribution {

    @Override
    public String id() {
        return CasePermissions.ACCEPT;
    }

    @Override
    public String labelKey() {
        return "case.permission.accept";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("province-admin", "commune-chair", "inspector");
    }
}
