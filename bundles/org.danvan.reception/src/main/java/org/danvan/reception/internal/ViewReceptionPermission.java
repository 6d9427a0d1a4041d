package org.danvan.reception.internal;

import java.util.Set;

import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.reception.api.ReceptionPermissions;
import org.osgi.service.component.annotations.Component;

/**
 * Reading the reception schedule, the reception book and dialogues. The book shows citizens' personal data, so by
 * default only the roles that record it read it (data minimisation, Law 91/2025/QH15); administrators may grant more.
 */
@Component(service = PermissionContribution.class)
public class ViewReceptionPermission implements PermissionContribution {

    @Override
    public String id() {
        return ReceptionPermissions.VIEW;
    }

    @Override
    public String labelKey() {
        return "reception.permission.view";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("reception-officer", "commune-chair", "province-admin");
    }
}
