package org.danvan.dissemination.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.danvan.dissemination.api.UnitCoverage;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceKind;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;

/**
 * What this module tells other modules (emulation above all) through the evidence SPI: of the documents due in the
 * period that units of the asked subtree had to disseminate, how many (unit, document) pairs were disseminated by the
 * due date, out of all of them — within the asker's scope.
 */
final class DisseminationEvidence implements EvidenceProvider {

    static final String ON_TIME = "dissemination.documentsOnTime";
    static final String ROUTE = "tuyen-truyen/bao-cao";

    private final DisseminationServiceImpl service;

    DisseminationEvidence(DisseminationServiceImpl service) {
        this.service = service;
    }

    @Override
    public List<EvidenceKind> kinds() {
        return List.of(new EvidenceKind(ON_TIME, "dissemination.evidence.kind.onTime", false));
    }

    @Override
    public List<Evidence> evidence(EvidenceQuery query) {
        if (query.personUserId() != null || !query.wants(ON_TIME)) {
            // dissemination is a unit's work, not a person's
            return List.of();
        }
        List<UnitCoverage> due = service.targetsDueBetween(query.unitId(), query.from(), query.to(), query.asker());
        if (due.isEmpty()) {
            return List.of();
        }
        long onTime = due.stream().filter(UnitCoverage::onTime).count();
        List<Evidence> found = new ArrayList<>();
        found.add(Evidence.figure(ON_TIME, "dissemination.evidence.onTime", onTime, (long) due.size(), ROUTE,
                Map.of(), onTime, due.size()));
        return found;
    }
}
