/**
 * Officials' conduct: inspections of public-service places, sanction decisions and their follow-up, the yearly report,
 * for other bundles (this module's screens among them). Exported and versioned by the rules of semantic versioning.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.conduct.api;
