/**
 * The module's implementation. Its identity, permissions, translations and rule rows are declared here; bnd writes
 * them into the manifest and the platform registers them while this bundle runs.
 */
@DanvanModule(id = GrassrootsPermissions.MODULE, name = "grassroots.module.name",
        description = "grassroots.module.description")
@DanvanTranslations("i18n.grassroots")
@DanvanRules("rules/grassroots-rules.csv")
@DanvanPermission(id = GrassrootsPermissions.VIEW, label = "grassroots.permission.view",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER, Roles.INSPECTOR, Roles.OBSERVER })
@DanvanPermission(id = GrassrootsPermissions.MANAGE_DISCLOSURES, label = "grassroots.permission.disclosure.manage",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR })
@DanvanPermission(id = GrassrootsPermissions.MANAGE_DECISIONS, label = "grassroots.permission.decision.manage",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER })
@DanvanPermission(id = GrassrootsPermissions.RECOGNISE_DECISIONS, label = "grassroots.permission.decision.recognise",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR })
@DanvanPermission(id = GrassrootsPermissions.MANAGE_STEERING, label = "grassroots.permission.steering.manage",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER })
@DanvanPermission(id = GrassrootsPermissions.MANAGE_AGENCY, label = "grassroots.permission.agency.manage",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER })
package org.danvan.grassroots.internal;

import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanPermission;
import org.danvan.platform.api.module.DanvanTranslations;
import org.danvan.platform.api.security.Roles;
import org.danvan.rules.api.DanvanRules;
