package org.danvan.platform.api.module;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which units a module is enabled for, within one installation: a province server may enable grassroots democracy
 * for some communes only. Enablement covers a unit's subtree and follows succession: records of a commune merged
 * away stay covered where its successor is. Provided by the identity core, which applies it to every permission a
 * module's bundles declare — where a module is not enabled, nobody holds its permissions — so module services that
 * decide with {@link org.danvan.platform.api.security.AccessControl} need nothing more. A public page of a module
 * asks {@link #isEnabled(String, long)} for the unit it shows.
 */
@ProviderType
public interface ModuleEnablement {

    /**
     * Whether a module is enabled for a unit: everywhere, or the unit (or, for a retired unit, one of its current
     * successors) lies in the subtree of an enabled unit.
     */
    boolean isEnabled(String moduleId, long unitId);

    /**
     * Whether a module is enabled anywhere the user works: at the user's own unit, above it, or somewhere in its
     * subtree (an overseer at the province sees a module some communes use). For screens that need no permission.
     */
    boolean isEnabledForUser(String moduleId, UserPrincipal user);

    /** Where a module is enabled now (everywhere for a module never configured). */
    ModuleUnits units(String moduleId);

    /**
     * Sets where a module is enabled. Audited; open pages follow at once.
     *
     * @param by the administrator: must hold {@code platform.modules.manage} at every unit added or removed, and at a
     *            root unit to enable or disable everywhere
     * @throws org.danvan.platform.api.validation.ValidationException for an unknown unit
     * @throws org.danvan.platform.api.security.AccessDeniedException when {@code by} may not
     */
    void setUnits(String moduleId, ModuleUnits units, UserPrincipal by);

    /**
     * Applies the server's own configuration — the wanted-modules file {@code etc/org.danvan.platform.modules.cfg}
     * — without a signed-in administrator. Audited as {@code system} with the source named. Screens and commands use
     * {@link #setUnits} instead.
     *
     * @param source what asked for it, e.g. the configuration file
     * @throws org.danvan.platform.api.validation.ValidationException for an unknown unit
     */
    void configure(String moduleId, ModuleUnits units, String source);

    /** Grows with every change of any module's enablement (cheap staleness check for caches). */
    long generation();
}
