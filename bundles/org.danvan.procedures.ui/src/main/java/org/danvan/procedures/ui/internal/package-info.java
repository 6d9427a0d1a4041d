/** The module's screens: part of module procedure-review, with translations of their own. */
@DanvanModule(id = "procedure-review")
@DanvanTranslations("i18n.procedures-ui")
package org.danvan.procedures.ui.internal;

import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanTranslations;
