/**
 * ${moduleNameEn}: the entries of a unit's register, for other bundles (this module's screens among them). Exported
 * and versioned: change the version by the rules of semantic versioning when you change this package.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package ${package}.api;
