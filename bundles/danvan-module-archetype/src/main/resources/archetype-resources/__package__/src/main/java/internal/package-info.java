/**
 * The module's implementation. Its identity, permission, translations and rule rows are declared here; bnd writes them into
 * the manifest and the platform registers them while this bundle runs.
 */
@DanvanModule(id = "${moduleId}", name = "${moduleId}.module.name", description = "${moduleId}.module.description")
@DanvanTranslations("i18n.${moduleId}")
@DanvanRules("rules/${moduleId}-rules.csv")
@DanvanPermission(id = EntryService.MANAGE, label = "${moduleId}.permission.manage",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR })
package ${package}.internal;

import ${package}.api.EntryService;
import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanPermission;
import org.danvan.platform.api.module.DanvanTranslations;
import org.danvan.platform.api.security.Roles;
import org.danvan.rules.api.DanvanRules;
