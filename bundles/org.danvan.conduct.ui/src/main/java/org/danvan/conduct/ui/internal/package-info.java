/** The module's screens: part of module conduct, with translations of their own. */
@DanvanModule(id = "conduct")
@DanvanTranslations("i18n.conduct-ui")
package org.danvan.conduct.ui.internal;

import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanTranslations;
