package org.danvan.platform.api.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Describes an installable DanVan module. Every module (ours or a vendor's) registers one as an OSGi service so that
 * administrators can see what is installed in a locality.
 */
@ConsumerType
public interface ModuleDescriptor {

    /** Stable technical id, e.g. {@code noticeboard}; lower case, no spaces. */
    String id();

    /** Translation key of the module's display name. */
    String nameKey();

    /** Who ships the module, e.g. {@code DanVan} or a vendor's name. */
    String vendor();

    /** The module's version, e.g. {@code 0.1.0}. */
    String version();

    /** Translation key of a one-sentence description. */
    String descriptionKey();
}
