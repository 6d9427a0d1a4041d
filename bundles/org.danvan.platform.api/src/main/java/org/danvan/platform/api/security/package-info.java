/** Who the user is and what the user may do. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.danvan.platform.api.security;
