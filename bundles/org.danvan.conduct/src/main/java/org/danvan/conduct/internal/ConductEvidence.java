package org.danvan.conduct.internal;

import java.util.List;
import java.util.Map;

import org.danvan.conduct.api.Inspection;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceKind;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;

/**
 * What this module tells other modules (emulation above all) through the evidence SPI, for a unit's subtree and a
 * period, within the asker's scope: the inspections of public-service places held.
 */
final class ConductEvidence implements EvidenceProvider {

    static final String INSPECTIONS_HELD = "conduct.inspectionsHeld";
    static final String ROUTE = "tac-phong/kiem-tra";

    private final ConductServiceImpl conduct;

    ConductEvidence(ConductServiceImpl conduct) {
        this.conduct = conduct;
    }

    @Override
    public List<EvidenceKind> kinds() {
        return List.of(new EvidenceKind(INSPECTIONS_HELD, "conduct.evidence.kind.inspectionsHeld", false));
    }

    @Override
    public List<Evidence> evidence(EvidenceQuery query) {
        if (query.personUserId() != null || !query.wants(INSPECTIONS_HELD)) {
            // inspections are a unit's work, not a person's
            return List.of();
        }
        List<Inspection> held = conduct.heldBetween(query.unitId(), query.from(), query.to(), query.asker());
        if (held.isEmpty()) {
            return List.of();
        }
        int findings = held.stream().mapToInt(Inspection::findings).sum();
        return List.of(Evidence.figure(INSPECTIONS_HELD, "conduct.evidence.inspectionsHeld", held.size(), null,
                ROUTE, Map.of(), held.size(), findings));
    }
}
