/** The national export's screen belongs to the national-export module. */
@DanvanModule(id = "national-export")
@DanvanTranslations("i18n.national-export-ui")
package org.danvan.nationalexport.ui.internal;

import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanTranslations;
