/** The API token screen belongs to the api module. */
@DanvanModule(id = "api")
@DanvanTranslations("i18n.api-ui")
package org.danvan.rest.ui.internal;

import org.danvan.platform.api.module.DanvanModule;
import org.danvan.platform.api.module.DanvanTranslations;
