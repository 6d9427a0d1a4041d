/** The org-unit tree: provinces, communes, villages, agencies and mass organisations, with succession. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.danvan.platform.api.org;
