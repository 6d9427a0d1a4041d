/** The notice board's screen belongs to the noticeboard module. */
@DanvanModule(id = "noticeboard")
@DanvanTranslations("i18n.noticeboard-view")
package org.danvan.noticeboard.ui.internal;

import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanTranslations;
