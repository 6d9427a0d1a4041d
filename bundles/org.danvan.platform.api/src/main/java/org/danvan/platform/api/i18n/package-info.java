/**
 * Translations without Vaadin: a bundle's resource bundles ({@link org.danvan.platform.api.i18n.TranslationContribution})
 * and the platform's translator for code outside a browser page ({@link org.danvan.platform.api.i18n.Translator}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.platform.api.i18n;
