/**
 * The module's implementation. Its identity, permissions, translations and rule rows are declared here; bnd writes
 * them into the manifest and the platform registers them while this bundle runs.
 */
@DanvanModule(id = SupervisionPermissions.MODULE, name = "supervision.module.name",
        description = "supervision.module.description")
@DanvanTranslations("i18n.supervision")
@DanvanRules("rules/supervision-rules.csv")
@DanvanPermission(id = SupervisionPermissions.VIEW, label = "supervision.permission.view",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER, Roles.INSPECTOR, Roles.OBSERVER })
@DanvanPermission(id = SupervisionPermissions.MANAGE, label = "supervision.permission.manage",
        roles = { Roles.PROVINCE_ADMIN, Roles.MASS_ORG_OFFICER })
@DanvanPermission(id = SupervisionPermissions.ANSWER, label = "supervision.permission.answer",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR })
// the services SupervisionServices registers while it is active (not DS services: bnd would not see them)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.supervision.api.SupervisionService\"",
        uses = SupervisionService.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.supervision.api.RecommendationService\"",
        uses = RecommendationService.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.supervision.api.SupervisionReports\"",
        uses = SupervisionReports.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.supervision.api.CriticismService\"",
        uses = CriticismService.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.supervision.api.PeopleOpinionService\"",
        uses = PeopleOpinionService.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.platform.api.evidence.EvidenceProvider\"",
        uses = EvidenceProvider.class)
package org.danvan.supervision.internal;

import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanPermission;
import org.danvan.platform.api.module.DanvanTranslations;
import org.danvan.platform.api.security.Roles;
import org.danvan.rules.api.DanvanRules;
import org.danvan.supervision.api.CriticismService;
import org.danvan.supervision.api.PeopleOpinionService;
import org.danvan.supervision.api.RecommendationService;
import org.danvan.supervision.api.SupervisionPermissions;
import org.danvan.supervision.api.SupervisionReports;
import org.danvan.supervision.api.SupervisionService;
import org.osgi.annotation.bundle.Capability;
