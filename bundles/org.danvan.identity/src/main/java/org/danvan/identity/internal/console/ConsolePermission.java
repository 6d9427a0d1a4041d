package org.danvan.identity.internal.console;

import java.util.Set;

import org.danvan.platform.api.security.Roles;
import org.danvan.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Using the Karaf console (shell, ssh, bin/client): installing modules, importing data, checking the system. */
@Component(service = PermissionContribution.class)
public class ConsolePermission implements PermissionContribution {

    public static final String ID = "platform.console";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "identity.permission.console";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of(Roles.PROVINCE_ADMIN);
    }
}
