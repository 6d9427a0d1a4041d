/**
 * Sending one plain-text e-mail to an address outside the staff directory (for example a citizen's milestone mail):
 * {@link MailService}, published by the bundle that holds the installation's SMTP settings only while sending is
 * switched on and a server is named. A caller that finds no service keeps its messages and tries later.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.platform.api.mail;
