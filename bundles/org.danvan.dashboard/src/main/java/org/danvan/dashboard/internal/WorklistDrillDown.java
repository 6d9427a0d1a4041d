package org.danvan.dashboard.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.DueState;

/**
 * The link from a bar to the worklist of the case screens ({@code /ho-so-vu-viec}), in the query parameters that
 * screen reads ({@code WorklistLink} of {@code org.danvan.cases.ui}, which is internal there, hence copied here):
 * {@code ds} (the list), {@code loai} (kinds), {@code trang-thai} (statuses), {@code don-vi} (unit id) and
 * {@code cap-duoi=1} (with its subtree, as the dashboard counts it).
 * <p>
 * The worklist has no due-state filter; the nearest equivalent is used: "near due" and "overdue" are its lists of
 * those names; "on time" opens the open statuses (which also lists near-due and overdue ones); "no clock" opens the
 * finished statuses and the suspended one (a suspended complaint's resolution clock is stopped).
 */
final class WorklistDrillDown {

    static final String ROUTE = "ho-so-vu-viec";
    static final String WORKLIST = "ds";
    static final String KIND = "loai";
    static final String STATUS = "trang-thai";
    static final String UNIT = "don-vi";
    static final String SUBUNITS = "cap-duoi";

    private static final String OPEN_STATUSES = "RECEIVED,CLASSIFIED,ACCEPTED";
    private static final String FINISHED_STATUSES = "SUSPENDED,RETURNED,TRANSFERRED,RESOLVED,CLOSED";

    private WorklistDrillDown() {
    }

    /** All cases of the unit's subtree of one kind. */
    static Map<String, List<String>> kind(long unitId, CaseKind kind) {
        Map<String, List<String>> link = unit(unitId, "ALL");
        link.put(KIND, List.of(kind.name()));
        return link;
    }

    /** All cases of the unit's subtree in one status. */
    static Map<String, List<String>> status(long unitId, CaseStatus status) {
        Map<String, List<String>> link = unit(unitId, "ALL");
        link.put(STATUS, List.of(status.name()));
        return link;
    }

    /** The cases of the unit's subtree in (about) one due state; see the class comment. */
    static Map<String, List<String>> due(long unitId, DueState due) {
        return switch (due) {
            case NEAR_DUE -> unit(unitId, "NEAR_DUE");
            case OVERDUE -> unit(unitId, "OVERDUE");
            case ON_TIME -> withStatuses(unit(unitId, "ALL"), OPEN_STATUSES);
            case NONE -> withStatuses(unit(unitId, "ALL"), FINISHED_STATUSES);
        };
    }

    /** The petitions of the unit's subtree left unprocessed beyond their limit (Decree 154/2026 art. 41). */
    static Map<String, List<String>> unprocessed(long unitId) {
        return unit(unitId, "UNPROCESSED");
    }

    private static Map<String, List<String>> withStatuses(Map<String, List<String>> link, String statuses) {
        link.put(STATUS, List.of(statuses));
        return link;
    }

    private static Map<String, List<String>> unit(long unitId, String worklist) {
        Map<String, List<String>> link = new LinkedHashMap<>();
        link.put(WORKLIST, List.of(worklist));
        link.put(UNIT, List.of(Long.toString(unitId)));
        link.put(SUBUNITS, List.of("1"));
        return link;
    }
}
