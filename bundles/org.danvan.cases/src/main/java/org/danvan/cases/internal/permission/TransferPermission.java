package org.danvan.cases.internal.permission;

import java.util.Set;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Transferring a case to the competent body. */
@Component(service = PermissionContribution.class)
public class TransferPermission implements PermissionContribution {

    @Override
    public String id() {
        return CasePermissions.TRANSFER;
    }

    @Override
    public String labelKey() {
        return "case.permission.transfer";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("province-admin", "commune-chair", "reception-officer", "inspector");
    }
}
