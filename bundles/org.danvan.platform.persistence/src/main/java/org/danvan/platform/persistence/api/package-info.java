/** Per-bundle persistence units with Liquibase migrations and a unit-of-work transaction API. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.danvan.platform.persistence.api;
