/**
 * The REST API module. The module, its permissions and its translations are declared here as manifest capabilities;
 * the platform registers them while this bundle is active.
 */
@DanvanModule(id = "api", name = "api.module.name", description = "api.module.description")
@DanvanTranslations("i18n.api")
@DanvanPermission(id = ApiPermissions.TOKEN_MANAGE, label = "api.permission.token.manage",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.RECEPTION_OFFICER, Roles.CASE_HANDLER,
            Roles.INSPECTOR })
@DanvanPermission(id = ApiPermissions.TOKEN_ADMIN, label = "api.permission.token.admin",
        roles = Roles.PROVINCE_ADMIN)
package org.danvan.rest.internal;

import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanPermission;
import org.danvan.platform.api.module.DanvanTranslations;
import org.danvan.platform.api.security.Roles;
import org.danvan.rest.api.ApiPermissions;
