package org.danvan.calendar.internal;

import java.util.Set;

import org.danvan.calendar.api.CalendarAdministration;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Maintaining the yearly announcements of the working calendar. */
@Component(service = PermissionContribution.class)
public class ManageCalendarPermission implements PermissionContribution {

    /** The role that holds it by default (the identity core's province administrator). */
    static final String PROVINCE_ADMIN = "province-admin";

    @Override
    public String id() {
        return CalendarAdministration.PERMISSION;
    }

    @Override
    public String labelKey() {
        return "calendar.permission.manage";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of(PROVINCE_ADMIN);
    }
}
