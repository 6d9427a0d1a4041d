/** Personal access tokens of the REST API, as the token screen and the console use them. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.rest.api;
