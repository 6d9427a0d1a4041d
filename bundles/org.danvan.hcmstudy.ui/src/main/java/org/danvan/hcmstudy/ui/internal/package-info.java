/** The module's screens: part of module hcmstudy, with translations of their own. */
@DanvanModule(id = "hcmstudy")
@DanvanTranslations("i18n.hcmstudy-ui")
package org.danvan.hcmstudy.ui.internal;

import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanTranslations;
