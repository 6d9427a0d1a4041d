/**
 * Studying and following Ho Chi Minh's ideology, morality and style (Directive 05-CT/TW 2016, Conclusion 01-KL/TW
 * 2021) for other bundles (this module's screens among them). Exported and versioned by the rules of semantic
 * versioning.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.danvan.hcmstudy.api;
