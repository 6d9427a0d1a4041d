/**
 * The module's implementation. Its identity, permissions, translations and rule rows are declared here; bnd writes
 * them into the manifest and the platform registers them while this bundle runs.
 */
@DanvanModule(id = ConductPermissions.MODULE, name = "conduct.module.name", description = "conduct.module.description")
@DanvanTranslations("i18n.conduct")
@DanvanRules("rules/conduct-rules.csv")
@DanvanPermission(id = ConductPermissions.VIEW, label = "conduct.permission.view",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER, Roles.INSPECTOR, Roles.OBSERVER })
@DanvanPermission(id = ConductPermissions.MANAGE, label = "conduct.permission.manage",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.INSPECTOR })
@DanvanPermission(id = ConductPermissions.DECIDE, label = "conduct.permission.decide",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR })
// the services ConductServices registers while it is active (not DS services: bnd would not see them)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.conduct.api.ConductService\"", uses = ConductService.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.platform.api.evidence.EvidenceProvider\"",
        uses = EvidenceProvider.class)
package org.danvan.conduct.internal;

import org.danvan.conduct.api.ConductPermissions;
import org.danvan.conduct.api.ConductService;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanPermission;
import org.danvan.platform.api.module.DanvanTranslations;
import org.danvan.platform.api.security.Roles;
import org.danvan.rules.api.DanvanRules;
import org.osgi.annotation.bundle.Capability;
