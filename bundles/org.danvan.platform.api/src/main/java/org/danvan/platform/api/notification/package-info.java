/**
 * Notifications of signed-in staff: modules publish theirs through {@link NotificationProvider} (the shell's bell
 * and the e-mail delivery gather them from every provider) and announce new ones to the
 * {@link NotificationListener}s, so that open pages follow at once. A notification names its subject by a reference
 * (e.g. a case number) and a translation key, never by personal data or content.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.platform.api.notification;
