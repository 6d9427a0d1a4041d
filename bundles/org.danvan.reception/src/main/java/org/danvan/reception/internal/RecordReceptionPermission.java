package org.danvan.reception.internal;

import java.util.Set;

import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.reception.api.ReceptionPermissions;
import org.osgi.service.component.annotations.Component;

/** Writing the reception book and turning its entries into cases. */
@Component(service = PermissionContribution.class)
public class RecordReceptionPermission implements PermissionContribution {

    @Override
    public String id() {
        return ReceptionPermissions.RECORD;
    }

    @Override
    public String labelKey() {
        return "reception.permission.record";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("reception-officer", "commune-chair", "province-admin");
    }
}
