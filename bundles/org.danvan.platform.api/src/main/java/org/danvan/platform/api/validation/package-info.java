/** Refused input, reported with translation keys. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.danvan.platform.api.validation;
