/** Identity facts other bundles may rely on: the ids of the default roles. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.identity.api;
