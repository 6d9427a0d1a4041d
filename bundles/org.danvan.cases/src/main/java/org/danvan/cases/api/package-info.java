/**
 * The case engine: intake, classification and the statutory lifecycle of complaints, denunciations,
 * recommendations, reflections, information requests and voters' recommendations; worklists, search, dashboards,
 * periodic report counts, protected denouncer identities, attachments, duplicates and due-date notifications.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.danvan.cases.api;
