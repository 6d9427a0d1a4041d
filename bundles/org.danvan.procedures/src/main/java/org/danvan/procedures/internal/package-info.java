/**
 * The module's implementation. Its identity, permissions, translations and rule rows are declared here; bnd writes
 * them into the manifest and the platform registers them while this bundle runs.
 */
@DanvanModule(id = ProcedurePermissions.MODULE, name = "procedures.module.name",
        description = "procedures.module.description")
@DanvanTranslations("i18n.procedures")
@DanvanRules("rules/procedures-rules.csv")
@DanvanPermission(id = ProcedurePermissions.VIEW, label = "procedures.permission.view",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER, Roles.INSPECTOR, Roles.OBSERVER })
@DanvanPermission(id = ProcedurePermissions.MANAGE, label = "procedures.permission.manage",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR })
@DanvanPermission(id = ProcedurePermissions.DECIDE, label = "procedures.permission.decide",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR })
// the services ProcedureServices registers while it is active (not DS services: bnd would not see them)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.procedures.api.ProcedureRegister\"",
        uses = ProcedureRegister.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.procedures.api.ReviewService\"", uses = ReviewService.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.procedures.api.ProcedureReports\"",
        uses = ProcedureReports.class)
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=\"org.danvan.platform.api.evidence.EvidenceProvider\"",
        uses = EvidenceProvider.class)
package org.danvan.procedures.internal;

import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanPermission;
import org.danvan.platform.api.module.DanvanTranslations;
import org.danvan.platform.api.security.Roles;
import org.danvan.procedures.api.ProcedurePermissions;
import org.danvan.procedures.api.ProcedureRegister;
import org.danvan.procedures.api.ProcedureReports;
import org.danvan.procedures.api.ReviewService;
import org.danvan.rules.api.DanvanRules;
import org.osgi.annotation.bundle.Capability;
