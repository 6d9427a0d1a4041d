/**
 * The module's implementation. Its identity, permissions, translations and rule rows are declared here; bnd writes
 * them into the manifest and the platform registers them while this bundle runs.
 */
@DanvanModule(id = HcmStudyPermissions.MODULE, name = "hcmstudy.module.name",
        description = "hcmstudy.module.description")
@DanvanTranslations("i18n.hcmstudy")
@DanvanRules("rules/hcmstudy-rules.csv")
@DanvanPermission(id = HcmStudyPermissions.VIEW, label = "hcmstudy.permission.view",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER, Roles.INSPECTOR, Roles.OBSERVER })
@DanvanPermission(id = HcmStudyPermissions.MANAGE, label = "hcmstudy.permission.manage",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER })
@DanvanPermission(id = HcmStudyPermissions.ASSESS, label = "hcmstudy.permission.assess",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR })
@DanvanPermission(id = HcmStudyPermissions.PARTICIPATE, label = "hcmstudy.permission.participate", roles = "*")
// the services HcmStudyServices registers while it is active (not DS services: bnd would not see them)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.hcmstudy.api.StudyService\"", uses = StudyService.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.hcmstudy.api.CommitmentService\"",
        uses = CommitmentService.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.hcmstudy.api.ActionPlanService\"",
        uses = ActionPlanService.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.hcmstudy.api.ExemplaryService\"",
        uses = ExemplaryService.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.hcmstudy.api.StudyReports\"", uses = StudyReports.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.platform.api.evidence.EvidenceProvider\"",
        uses = EvidenceProvider.class)
package org.danvan.hcmstudy.internal;

import org.danvan.hcmstudy.api.ActionPlanService;
import org.danvan.hcmstudy.api.CommitmentService;
import org.danvan.hcmstudy.api.ExemplaryService;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.hcmstudy.api.StudyReports;
import org.danvan.hcmstudy.api.StudyService;
import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanPermission;
import org.danvan.platform.api.module.DanvanTranslations;
import org.danvan.platform.api.security.Roles;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.rules.api.DanvanRules;
import org.osgi.annotation.bundle.Capability;
