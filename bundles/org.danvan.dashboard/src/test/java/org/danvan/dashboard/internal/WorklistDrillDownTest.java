package org.danvan.dashboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.DueState;
import org.danvan.cases.api.Worklist;
import org.danvan.cases.ui.internal.worklist.WorklistContribution;
import org.danvan.cases.ui.internal.worklist.WorklistFilter;
import org.danvan.cases.ui.internal.worklist.WorklistLink;
import org.junit.jupiter.api.Test;

/** The links are read back with the worklist's own parser: a renamed parameter there fails here. */
class WorklistDrillDownTest {

    private static final long UNIT = 12;

    @Test
    void theRouteIsTheWorklists() {
        assertEquals(WorklistContribution.ROUTE, WorklistDrillDown.ROUTE);
    }

    @Test
    void aKindBarOpensAllCasesOfThatKindInTheUnitSubtree() {
        WorklistFilter filter = WorklistLink.parse(WorklistDrillDown.kind(UNIT, CaseKind.DENUNCIATION),
                Worklist.MINE);
        assertEquals(Worklist.ALL, filter.worklist());
        assertEquals(Set.of(CaseKind.DENUNCIATION), filter.kinds());
        assertTrue(filter.statuses().isEmpty());
        assertEquals(UNIT, filter.unitId());
        assertTrue(filter.includeSubunits());
    }

    @Test
    void aStatusBarOpensAllCasesInThatStatus() {
        WorklistFilter filter = WorklistLink.parse(WorklistDrillDown.status(UNIT, CaseStatus.ACCEPTED),
                Worklist.MINE);
        assertEquals(Worklist.ALL, filter.worklist());
        assertEquals(Set.of(CaseStatus.ACCEPTED), filter.statuses());
        assertTrue(filter.kinds().isEmpty());
        assertEquals(UNIT, filter.unitId());
    }

    @Test
    void dueSlicesOpenTheNearestList() {
        WorklistFilter overdue = WorklistLink.parse(WorklistDrillDown.due(UNIT, DueState.OVERDUE), Worklist.MINE);
        assertEquals(Worklist.OVERDUE, overdue.worklist());
        assertEquals(UNIT, overdue.unitId());
        assertTrue(overdue.includeSubunits());
        assertEquals(Worklist.NEAR_DUE,
                WorklistLink.parse(WorklistDrillDown.due(UNIT, DueState.NEAR_DUE), Worklist.MINE).worklist());
        WorklistFilter onTime = WorklistLink.parse(WorklistDrillDown.due(UNIT, DueState.ON_TIME), Worklist.MINE);
        assertEquals(Worklist.ALL, onTime.worklist());
        assertEquals(EnumSet.of(CaseStatus.RECEIVED, CaseStatus.CLASSIFIED, CaseStatus.ACCEPTED), onTime.statuses());
        WorklistFilter none = WorklistLink.parse(WorklistDrillDown.due(UNIT, DueState.NONE), Worklist.MINE);
        assertEquals(EnumSet.of(CaseStatus.SUSPENDED, CaseStatus.RETURNED, CaseStatus.TRANSFERRED,
                CaseStatus.RESOLVED, CaseStatus.CLOSED), none.statuses());
        for (CaseStatus status : none.statuses()) {
            assertTrue(!status.isOpen() || status == CaseStatus.SUSPENDED, status + " has no running clock");
        }
    }
}
