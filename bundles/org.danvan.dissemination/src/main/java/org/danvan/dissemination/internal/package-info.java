/**
 * The module's implementation. Its identity, permissions, translations and rule rows are declared here; bnd writes
 * them into the manifest and the platform registers them while this bundle runs.
 */
@DanvanModule(id = DisseminationPermissions.MODULE, name = "dissemination.module.name",
        description = "dissemination.module.description")
@DanvanTranslations("i18n.dissemination")
@DanvanRules("rules/dissemination-rules.csv")
@DanvanPermission(id = DisseminationPermissions.VIEW, label = "dissemination.permission.view",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER, Roles.INSPECTOR, Roles.OBSERVER })
@DanvanPermission(id = DisseminationPermissions.MANAGE, label = "dissemination.permission.manage",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER })
@DanvanPermission(id = DisseminationPermissions.RECORD, label = "dissemination.permission.record",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER })
// the services DisseminationServices registers while it is active (not DS services: bnd would not see them)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.dissemination.api.DisseminationService\"",
        uses = DisseminationService.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.platform.api.evidence.EvidenceProvider\"",
        uses = EvidenceProvider.class)
package org.danvan.dissemination.internal;

import org.danvan.dissemination.api.DisseminationPermissions;
import org.danvan.dissemination.api.DisseminationService;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanPermission;
import org.danvan.platform.api.module.DanvanTranslations;
import org.danvan.platform.api.security.Roles;
import org.danvan.rules.api.DanvanRules;
import org.osgi.annotation.bundle.Capability;
