/**
 * Recognising a database outage in a failure, so that screens, REST resources and jobs answer with a translated
 * "unavailable" message and a one-line log entry instead of an error page or a stack trace.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.platform.api.outage;
