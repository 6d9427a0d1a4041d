/**
 * The module's implementation. Its identity, permissions, translations and rule rows are declared here; bnd writes
 * them into the manifest and the platform registers them while this bundle runs.
 */
@DanvanModule(id = EmulationPermissions.MODULE, name = "emulation.module.name",
        description = "emulation.module.description")
@DanvanTranslations("i18n.emulation")
@DanvanRules("rules/emulation-rules.csv")
@DanvanPermission(id = EmulationPermissions.VIEW, label = "emulation.permission.view",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER, Roles.INSPECTOR, Roles.OBSERVER })
@DanvanPermission(id = EmulationPermissions.MANAGE, label = "emulation.permission.manage",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER })
@DanvanPermission(id = EmulationPermissions.COUNCIL, label = "emulation.permission.council",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR })
@DanvanPermission(id = EmulationPermissions.DECIDE, label = "emulation.permission.decide",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR })
package org.danvan.emulation.internal;

import org.danvan.emulation.api.EmulationPermissions;
import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanPermission;
import org.danvan.platform.api.module.DanvanTranslations;
import org.danvan.platform.api.security.Roles;
import org.danvan.rules.api.DanvanRules;
