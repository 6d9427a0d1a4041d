/** The module's screens: part of module emulation, with translations of their own. */
@DanvanModule(id = "emulation")
@DanvanTranslations("i18n.emulation-ui")
package org.danvan.emulation.ui.internal;

import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanTranslations;
