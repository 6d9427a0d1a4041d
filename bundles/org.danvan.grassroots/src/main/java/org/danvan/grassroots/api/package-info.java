/**
 * Grassroots democracy (Law 10/2022/QH15): what a commune discloses, the matters its people decide, for other bundles
 * (this module's screens among them). Exported and versioned by the rules of semantic versioning.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.danvan.grassroots.api;
