package org.danvan.grassroots.ui.internal;

import java.time.LocalDate;

import org.danvan.grassroots.api.AgencyService;
import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.ConsultationService;
import org.danvan.grassroots.api.DisclosureService;
import org.danvan.grassroots.api.MatterService;
import org.danvan.grassroots.api.SteeringService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.UserPrincipal;

/**
 * The services a unit's figures come from, and the one place they are gathered: the report screen and the commune
 * dashboard show the same {@link GrassrootsReport}. The services decide what the user may read.
 */
record ReportSources(DisclosureService disclosures, MatterService matters, ConsultationService consultations,
        BoardService boards, AgencyService agencies, SteeringService steering, OrgUnitDirectory units) {

    /** A unit's (and its subtree's) grassroots democracy from {@code from} to {@code to}, as of {@code today}. */
    GrassrootsReport report(OrgUnitInfo unit, LocalDate from, LocalDate to, LocalDate today, UserPrincipal user) {
        return new GrassrootsReport(unit.name(), from, to, disclosures.inPeriod(user, unit.id(), from, to),
                matters.inPeriod(user, unit.id(), from, to), disclosures.missingIn(user, unit.id(), from, to),
                ActivityFigures.gather(units.currentSubtree(unit.id()), from, to, today, consultations, boards,
                        agencies, steering, user));
    }
}
