/**
 * The national database export (Decree 55/2022/NĐ-CP): its state as administrators see it, the rejected records, and
 * "send now".
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.danvan.nationalexport.api;
