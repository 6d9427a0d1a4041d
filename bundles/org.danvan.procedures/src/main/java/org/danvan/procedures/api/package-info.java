/**
 * The review of administrative procedures (Decree 63/2010/NĐ-CP as amended by Decree 92/2017/NĐ-CP, Circular
 * 02/2017/TT-VPCP) for other bundles (this module's screens among them). Exported and versioned by the rules of
 * semantic versioning.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.procedures.api;
