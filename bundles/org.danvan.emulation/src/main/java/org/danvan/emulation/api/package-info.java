/**
 * Emulation and awards (Law 06/2022/QH15, Decree 98/2023/NĐ-CP) and the "Dân vận khéo" movement, for other bundles
 * (this module's screens among them). Exported and versioned by the rules of semantic versioning.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.danvan.emulation.api;
