package org.danvan.cases.internal.permission;

import java.util.Set;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Seeing cases, worklists and dashboards. */
@Component(service = PermissionContribution.class)
public class ViewPermission implements PermissionContribution {

    @Override
    public String id() {
        return CasePermissions.VIEW;
    }

    @Override
    public String labelKey() {
        return "case.permission.view";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("province-admin", "commune-chair", "reception-officer", "case-handler", "inspector", "mass-org-officer", "observer");
    }
}
