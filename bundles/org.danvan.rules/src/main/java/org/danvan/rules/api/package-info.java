/**
 * The statutory rule table: time limits and legal figures with their citations, versioned by effective date. Modules
 * add their own rows with {@link DanvanRules}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.danvan.rules.api;
