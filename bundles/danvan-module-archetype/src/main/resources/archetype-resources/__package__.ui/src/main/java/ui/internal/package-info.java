/** The module's screen: part of module ${moduleId}, with translations of its own. */
@DanvanModule(id = "${moduleId}")
@DanvanTranslations("i18n.${moduleId}-ui")
package ${package}.ui.internal;

import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanTranslations;
