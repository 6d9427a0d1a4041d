/** The e-mail delivery of notifications: configuration, the SMTP sender, the subscriptions and the passes. */
package org.danvan.notification.mail.internal;
