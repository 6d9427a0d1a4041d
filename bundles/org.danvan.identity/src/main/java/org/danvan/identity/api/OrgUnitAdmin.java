package org.danvan.identity.api;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Changes to the org-unit tree. Every method checks {@code identity.units.manage} through
 * {@link org.danvan.platform.api.security.AccessControl} (at the parent or the unit concerned), validates its input
 * (throwing {@link org.danvan.platform.api.validation.ValidationException} with nothing stored), runs in one
 * transaction and writes the audit trail. Reads go through {@link org.danvan.platform.api.org.OrgUnitDirectory}.
 */
@ProviderType
public interface OrgUnitAdmin {

    /** Creates a unit. */
    OrgUnitInfo create(UserPrincipal actor, NewUnit unit);

    /** Renames a unit from a day on; history keeps the old name. */
    OrgUnitInfo rename(UserPrincipal actor, long unitId, String newName, LocalDate effectiveOn, String decision);

    /**
     * Merges units into a successor: the predecessors end the day before {@code effectiveOn} and point to the
     * successor, their current children move under it. The successor is either one of the merged units (it stays)
     * or a new unit.
     *
     * @param successor the new unit to create, or {@code null} to keep {@code keptUnitId}
     * @param keptUnitId the unit that absorbs the others when {@code successor} is {@code null}
     */
    OrgUnitInfo merge(UserPrincipal actor, List<Long> unitIds, NewUnit successor, Long keptUnitId,
            LocalDate effectiveOn, String decision);

    /**
     * Splits a unit into new units: the unit ends the day before {@code effectiveOn} and points to all successors.
     * Its children are moved as {@code childMoves} says (child id → index into {@code successors}); children not
     * listed stay with the first successor.
     */
    List<OrgUnitInfo> split(UserPrincipal actor, long unitId, List<NewUnit> successors,
            java.util.Map<Long, Integer> childMoves, LocalDate effectiveOn, String decision);

    /** The changes that affected a unit, oldest first. */
    List<UnitChange> history(long unitId);

    /**
     * Imports units from CSV: UTF-8 (a byte-order mark is ignored), header
     * {@code code,name,kind,parent_code,valid_from}, {@code valid_from} as {@code yyyy-MM-dd} (empty = today);
     * a parent is found by code among existing units or earlier lines. The whole file is validated first; when any
     * line is wrong nothing is stored and the report lists every wrong line.
     */
    UnitImportReport importCsv(UserPrincipal actor, Reader csv);
}
