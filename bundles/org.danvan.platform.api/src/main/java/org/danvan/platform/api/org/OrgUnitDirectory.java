package org.danvan.platform.api.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Read access to the administrative geography and agencies, including retired units and their successors. Provided
 * by the identity core; answers come from a cache refreshed on every change, so calls are cheap.
 */
@ProviderType
public interface OrgUnitDirectory {

    /** A unit by id, current or retired. */
    Optional<OrgUnitInfo> find(long id);

    /** A unit by official code, current or retired. */
    Optional<OrgUnitInfo> findByCode(String code);

    /** The root units (normally the province), current only. */
    List<OrgUnitInfo> roots();

    /** The current children of a unit, sorted by name. */
    List<OrgUnitInfo> children(long id);

    /** The number of current children of a unit (for lazy trees). */
    int childCount(long id);

    /**
     * The current units that have taken over a unit, following merges and splits transitively; the unit itself if
     * it is current.
     */
    List<OrgUnitInfo> currentSuccessors(long id);

    /**
     * The name a unit bore on a day (history keeps old names after a rename).
     *
     * @return the name on that day, or the unit's last name when the day lies outside its validity
     */
    String nameOn(long id, LocalDate day);

    /** The path from the root to the unit, both included. */
    List<OrgUnitInfo> path(long id);
}
