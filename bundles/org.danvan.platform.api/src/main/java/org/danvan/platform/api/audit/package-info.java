/** The audit trail: append-only, hash-chained, written by every bundle. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.danvan.platform.api.audit;
