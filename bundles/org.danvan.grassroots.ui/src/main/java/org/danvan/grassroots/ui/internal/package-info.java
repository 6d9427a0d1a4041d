/** The module's screen: part of module grassroots, with translations of its own. */
@DanvanModule(id = "grassroots")
@DanvanTranslations("i18n.grassroots-ui")
package org.danvan.grassroots.ui.internal;

import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanTranslations;
