package org.danvan.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.PeriodCounts;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceKind;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.platform.api.security.AccessControl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the petition records tell other modules about a unit (its subtree) in a period, for the asker's eyes only: the
 * petitions received, those resolved on time out of those resolved, and those still open at the end of the period —
 * the figures of the periodic report. The emulation module, for one, shows them beside a unit's evaluation without
 * knowing this bundle. Nothing about a person: a handler's record is not evidence for a title here.
 */
@Component(service = EvidenceProvider.class)
public final class CaseEvidenceProvider implements EvidenceProvider {

    /** Petitions received in the period. */
    public static final String RECEIVED = "cases.received";
    /** Petitions resolved on time, out of those resolved in the period. */
    public static final String RESOLVED_ON_TIME = "cases.resolvedOnTime";
    /** Petitions open at the end of the period. */
    public static final String PENDING = "cases.pending";

    private static final String REPORT_ROUTE = "bao-cao";

    private final CaseService cases;
    private final AccessControl access;

    /**
     * @param cases the case engine (it checks the asker's permission for the unit once more)
     * @param access the platform's access decisions
     */
    @Activate
    public CaseEvidenceProvider(@Reference CaseService cases, @Reference AccessControl access) {
        this.cases = cases;
        this.access = access;
    }

    @Override
    public List<EvidenceKind> kinds() {
        return List.of(new EvidenceKind(RECEIVED, "cases.evidence.received", false),
                new EvidenceKind(RESOLVED_ON_TIME, "cases.evidence.resolvedOnTime", false),
                new EvidenceKind(PENDING, "cases.evidence.pending", false));
    }

    @Override
    public List<Evidence> evidence(EvidenceQuery query) {
        if (!access.isPermitted(query.asker(), CasePermissions.VIEW, query.unitId())) {
            return List.of();
        }
        if (query.personUserId() != null) {
            return handledBy(query);
        }
        PeriodCounts counts = cases.periodCounts(query.asker(), query.unitId(), query.from(), query.to());
        Map<String, String> link = Map.of("unit", Long.toString(query.unitId()), "from", query.from().toString(),
                "to", query.to().toString());
        long resolved = counts.resolvedOnTime() + counts.resolvedLate();
        List<Evidence> found = new ArrayList<>();
        if (query.wants(RECEIVED)) {
            found.add(Evidence.figure(RECEIVED, "cases.evidence.received.value", counts.received(), null,
                    REPORT_ROUTE, link, counts.received()));
        }
        if (query.wants(RESOLVED_ON_TIME)) {
            found.add(Evidence.figure(RESOLVED_ON_TIME, "cases.evidence.resolvedOnTime.value",
                    counts.resolvedOnTime(), resolved, REPORT_ROUTE, link, counts.resolvedOnTime(), resolved));
        }
        if (query.wants(PENDING)) {
            found.add(Evidence.figure(PENDING, "cases.evidence.pending.value", counts.pending(), null, REPORT_ROUTE,
                    link, counts.pending()));
        }
        return found;
    }

    /** One person's own cases: those they handled, resolved on time out of resolved, and still open. */
    private List<Evidence> handledBy(EvidenceQuery query) {
        long person = query.personUserId();
        PeriodCounts counts = cases.handledCounts(query.asker(), query.unitId(), person, query.from(), query.to());
        Map<String, String> link = Map.of("unit", Long.toString(query.unitId()), "from", query.from().toString(),
                "to", query.to().toString());
        long resolved = counts.resolvedOnTime() + counts.resolvedLate();
        List<Evidence> found = new ArrayList<>();
        if (query.wants(RESOLVED_ON_TIME)) {
            found.add(new Evidence(RESOLVED_ON_TIME, "cases.evidence.person.resolvedOnTime.value",
                    List.of(counts.resolvedOnTime(), resolved), java.math.BigDecimal.valueOf(counts.resolvedOnTime()),
                    java.math.BigDecimal.valueOf(resolved), REPORT_ROUTE, link, person, null));
        }
        if (query.wants(PENDING)) {
            found.add(new Evidence(PENDING, "cases.evidence.person.pending.value", List.of(counts.pending()),
                    java.math.BigDecimal.valueOf(counts.pending()), null, REPORT_ROUTE, link, person, null));
        }
        return found;
    }
}
