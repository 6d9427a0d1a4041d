/** The statutory rule table: time limits with their legal citations, versioned by effective date. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.rules.api;
