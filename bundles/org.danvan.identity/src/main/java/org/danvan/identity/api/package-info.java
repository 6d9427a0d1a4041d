/**
 * The identity core's administration API: org units with succession, users, roles and assignments, the user's own
 * account, and the ids of the default roles.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.identity.api;
