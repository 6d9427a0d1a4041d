/**
 * The module platform's implementation. Its own permission and texts are declared the way every module declares
 * them, and registered by its own extender.
 */
@DanvanTranslations("i18n.modules")
@DanvanPermission(id = ModuleManager.MANAGE_PERMISSION, label = "platform.modules.permission.manage",
        roles = Roles.PROVINCE_ADMIN)
package org.danvan.platform.modules.internal;

import org.danvan.platform.api.module.DanvanPermission;
import org.danvan.platform.api.module.DanvanTranslations;
import org.danvan.platform.api.module.ModuleManager;
import org.danvan.platform.api.security.Roles;
