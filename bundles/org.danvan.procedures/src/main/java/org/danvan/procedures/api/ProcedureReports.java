package org.danvan.procedures.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/** The review's figures and the year's changes, for the units the user may read. */
@ProviderType
public interface ProcedureReports {

    /** The unit's subtree together (as far as the user may read). */
    UnitFigures figures(long unitId, int year, UserPrincipal user);

    /** One line per unit of the subtree with a register or a round. */
    List<UnitFigures> byUnit(long unitId, int year, UserPrincipal user);

    /** What was decided this year: adopted proposals to cut, simplify or decentralise, by decision day. */
    List<Review> adoptedIn(long unitId, int year, UserPrincipal user);

    /** Reviews decided in the period (both days included) in the subtree, as far as the user may read. */
    List<Review> decidedBetween(long unitId, LocalDate from, LocalDate to, UserPrincipal user);
}
