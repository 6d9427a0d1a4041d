package org.danvan.cases.internal.permission;

import java.util.Set;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Revealing a denouncer's identity (audited); not granted to administrators by default. */
@Component(service = PermissionContribution.class)
public class UnmaskPermission implements PermissionContribution {

    @Override
    public String id() {
        return CasePermissions.UNMASK;
    }

    @Override
    public String labelKey() {
        return "case.permission.unmask";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("commune-chair", "inspector");
    }
}
