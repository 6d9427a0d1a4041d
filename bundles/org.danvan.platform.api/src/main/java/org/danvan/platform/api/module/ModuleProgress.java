package org.danvan.platform.api.module;

/** Steps of installing or uninstalling a module, as Karaf goes through them. */
public enum ModuleProgress {
    /** Karaf is resolving the feature and what it needs. */
    RESOLVING,
    /** Bundles are being installed or removed. */
    CHANGING_BUNDLES,
    /** Bundles are being started (their screens and permissions arrive). */
    STARTING,
    /** Done. */
    FINISHED
}
