/**
 * The dissemination of the Party's guidelines and the State's law to the units (documents, sessions, coverage) for
 * other bundles (this module's screens among them). Exported and versioned by the rules of semantic versioning.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.dissemination.api;
