package org.danvan.emulation.internal;

import java.util.List;
import java.util.Optional;

import org.danvan.emulation.api.AwardLevel;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.org.OrgUnitKinds;

/** The awarding level of a unit, and whether one unit is another or above it. */
final class Levels {

    private final OrgUnitDirectory units;

    Levels(OrgUnitDirectory units) {
        this.units = units;
    }

    /**
     * A province is PROVINCE; a commune, ward or special zone COMMUNE; any other unit takes the level of the nearest
     * of these above it. Empty for an unknown unit or one under none of them.
     */
    Optional<AwardLevel> of(long unitId) {
        List<OrgUnitInfo> path = units.path(unitId);
        for (int i = path.size() - 1; i >= 0; i--) {
            String kind = path.get(i).kind();
            if (kind.equals(OrgUnitKinds.PROVINCE)) {
                return Optional.of(AwardLevel.PROVINCE);
            }
            if (kind.equals(OrgUnitKinds.COMMUNE) || kind.equals(OrgUnitKinds.WARD)
                    || kind.equals(OrgUnitKinds.SPECIAL_ZONE)) {
                return Optional.of(AwardLevel.COMMUNE);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code upper} is {@code unitId} or one of the units above it. */
    boolean isAtOrAbove(long upper, long unitId) {
        return units.path(unitId).stream().anyMatch(u -> u.id() == upper);
    }

    /** The commune (ward, special zone) a unit lies in, or the unit itself when it lies in none. */
    OrgUnitInfo communeOf(long unitId) {
        List<OrgUnitInfo> path = units.path(unitId);
        for (int i = path.size() - 1; i >= 0; i--) {
            String kind = path.get(i).kind();
            if (kind.equals(OrgUnitKinds.COMMUNE) || kind.equals(OrgUnitKinds.WARD)
                    || kind.equals(OrgUnitKinds.SPECIAL_ZONE)) {
                return path.get(i);
            }
        }
        return path.isEmpty() ? units.find(unitId).orElseThrow() : path.get(path.size() - 1);
    }
}
