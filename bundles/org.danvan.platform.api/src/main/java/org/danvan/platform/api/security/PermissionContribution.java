package org.danvan.platform.api.security;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A permission a bundle defines. Register as an OSGi service; the identity core grants it to the listed default
 * roles and offers it to administrators when they edit roles.
 */
@ConsumerType
public interface PermissionContribution {

    /** Permission id, dotted and prefixed by the module id, e.g. {@code noticeboard.publish}. */
    String id();

    /** Translation key of the human-readable name. */
    String labelKey();

    /** Ids of the roles that hold this permission by default, e.g. {@code province-admin}. */
    Set<String> defaultRoles();
}
