/** The platform's clock conventions: Vietnamese calendar days, whatever the server's time zone. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.platform.api.time;
