/**
 * The notice board's implementation. The module, its permissions and its translations are declared here as
 * manifest capabilities; the platform registers them while this bundle is active.
 */
@DanvanModule(id = "noticeboard", name = "noticeboard.module.name", description = "noticeboard.module.description")
@DanvanTranslations("i18n.noticeboard")
@DanvanPermission(id = NoticeBoardPermissions.VIEW, label = "noticeboard.permission.view", roles = "*")
@DanvanPermission(id = NoticeBoardPermissions.PUBLISH, label = "noticeboard.permission.publish",
        roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR, Roles.MASS_ORG_OFFICER })
package org.danvan.noticeboard.internal;

import org.danvan.noticeboard.api.NoticeBoardPermissions;
import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanPermission;
import org.danvan.platform.api.module.DanvanTranslations;
import org.danvan.platform.api.security.Roles;
