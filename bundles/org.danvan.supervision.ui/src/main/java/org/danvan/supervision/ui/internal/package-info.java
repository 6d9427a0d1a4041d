/** The module's screens: part of module supervision, with translations of their own. */
@DanvanModule(id = "supervision")
@DanvanTranslations("i18n.supervision-ui")
package org.danvan.supervision.ui.internal;

import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanTranslations;
