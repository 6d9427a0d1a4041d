/**
 * Supervision and social criticism by the Fatherland Front and the socio-political organisations (Law 75/2015/QH13,
 * Joint Resolution 403/2017) for other bundles (this module's screens among them). Exported and versioned by the
 * rules of semantic versioning.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.supervision.api;
