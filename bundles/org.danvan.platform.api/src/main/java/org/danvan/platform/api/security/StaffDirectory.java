package org.danvan.platform.api.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Who works where, for picking people by name: the active staff who hold a permission at a unit (e.g. who may
 * handle cases at Xã Tiên Du), and the names behind user ids.
 */
@ProviderType
public interface StaffDirectory {

    /**
     * The active, unlocked people who hold {@code permission} at the unit through a role held there or at a unit
     * above it — those holding it at the unit itself first, then by name.
     *
     * @param permission the permission, e.g. {@code case.resolve}
     * @param unitId the unit
     * @param words words of the name or login, diacritics and case ignored; blank for everyone
     * @param limit at most this many
     */
    List<StaffMember> holders(String permission, long unitId, String words, int limit);

    /** The full names of the given users; unknown ids are left out. */
    Map<Long, String> names(Collection<Long> userIds);
}
