package org.danvan.reception.internal;

import java.util.Set;

import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.reception.api.ReceptionPermissions;
import org.osgi.service.component.annotations.Component;

/** Recording dialogues with citizens and following their commitments. */
@Component(service = PermissionContribution.class)
public class ManageDialoguesPermission implements PermissionContribution {

    @Override
    public String id() {
        return ReceptionPermissions.DIALOGUE_MANAGE;
    }

    @Override
    public String labelKey() {
        return "reception.permission.dialogue-manage";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of("commune-chair", "province-admin", "mass-org-officer");
    }
}
