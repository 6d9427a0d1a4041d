/** The module's screens: part of module dissemination, with translations of their own. */
@DanvanModule(id = "dissemination")
@DanvanTranslations("i18n.dissemination-ui")
package org.danvan.dissemination.ui.internal;

import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanTranslations;
