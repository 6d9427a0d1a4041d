package org.danvan.cases.internal.permission;

import java.util.Set;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Classifying letters and deciding on duplicate candidates. */
@Component(service = PermissionContribution.class)
public class ClassifyPermission implements PermissionContribution {

    @Override
    public String id() {
        return CasePermissions.CLASSIFY;
    }

    @Override
    public String labelKey() {
        return "case.permission.classify";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("province-admin", "commune-chair", "reception-officer", "inspector");
    }
}
