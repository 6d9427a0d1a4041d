/**
 * The export adapter. The module, its permission and its translations are declared here as manifest capabilities.
 */
@DanvanModule(id = "national-export", name = "national-export.module.name",
        description = "national-export.module.description")
@DanvanTranslations("i18n.national-export")
@DanvanPermission(id = NationalExportPermissions.MANAGE, label = "national-export.permission.manage",
        roles = Roles.PROVINCE_ADMIN)
package org.danvan.nationalexport.internal;

import org.danvan.nationalexport.api.NationalExportPermissions;
import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanPermission;
import org.danvan.platform.api.module.DanvanTranslations;
import org.danvan.platform.api.security.Roles;
