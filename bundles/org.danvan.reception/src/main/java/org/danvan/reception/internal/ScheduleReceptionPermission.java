package org.danvan.reception.internal;

import java.util.Set;

import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.reception.api.ReceptionPermissions;
import org.osgi.service.component.annotations.Component;

/** Planning and recording the leaders' reception sessions. */
@Component(service = PermissionContribution.class)
public class ScheduleReceptionPermission implements PermissionContribution {

    @Override
    public String id() {
        return ReceptionPermissions.SCHEDULE;
    }

    @Override
    public String labelKey() {
        return "reception.permission.schedule";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("commune-chair", "province-admin");
    }
}
