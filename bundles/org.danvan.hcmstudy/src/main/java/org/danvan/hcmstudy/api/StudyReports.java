package org.danvan.hcmstudy.api;

import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/** The figures of a unit and of each unit of its subtree the reader may see, for a year. */
@ProviderType
public interface StudyReports {

    UnitFigures figures(long unitId, int year, UserPrincipal user);

    /** One line per unit of the subtree (within the reader's scope) that has a programme or members in the year. */
    List<UnitFigures> byUnit(long unitId, int year, UserPrincipal user);
}
