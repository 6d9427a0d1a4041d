/**
 * The helper kit for contributed screens: refusals and field errors shown the same way everywhere, localized date
 * pickers, the signed-in user, the unit picker, the staff picker, report download links and the base of a module's
 * screen over one unit's records ({@link org.danvan.platform.ui.kit.ModuleScreen}). Helpers may grow and change
 * between releases without moving the screen contract in {@code org.danvan.platform.ui.spi}.
 */
@org.danvan.platform.api.module.DanvanTranslations("i18n.platform-ui")
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.danvan.platform.ui.kit;
