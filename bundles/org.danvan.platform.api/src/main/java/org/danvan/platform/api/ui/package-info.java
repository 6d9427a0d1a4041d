/** Contribution points for the web shell: views, menu entries and translations. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.platform.api.ui;
