package org.danvan.rules.internal;

import java.util.Set;

import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.rules.api.RuleAdministration;
import org.osgi.service.component.annotations.Component;

/** Overriding the configurable rows of the rule table. */
@Component(service = PermissionContribution.class)
public class RulesPermission implements PermissionContribution {

    /** The role that holds it by default (the identity core's province administrator). */
    static final String PROVINCE_ADMIN = "province-admin";

    @Override
    public String id() {
        return RuleAdministration.PERMISSION;
    }

    @Override
    public String labelKey() {
        return "rules.permission.manage";
    }

    @Override
    public Set<String> defaultRoles() {
        return Set.of(PROVINCE_ADMIN);
    }
}
