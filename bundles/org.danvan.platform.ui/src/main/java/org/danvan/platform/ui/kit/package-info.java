/**
 * The helper kit for contributed screens: refusals and field errors shown the same way everywhere, localized date
 * pickers, the signed-in user, the unit picker and the staff picker. Helpers may grow and change between releases without moving the
 * screen contract in {@code org.danvan.platform.ui.spi}.
 */
@org.danvan.platform.api.module.DanvanTranslations("i18n.platform-ui")
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.danvan.platform.ui.kit;
