package org.danvan.hcmstudy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.danvan.hcmstudy.api.Exemplary;
import org.danvan.hcmstudy.api.ExemplaryService;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceKind;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;

/**
 * What this module tells other modules (emulation above all) through the evidence SPI: the exemplary people and
 * collectives recognised by a decision in a period, each a candidate, within the asker's scope as the service decides.
 */
final class HcmStudyEvidence implements EvidenceProvider {

    static final String EXEMPLARY_PERSON = "hcmstudy.exemplary.person";
    static final String EXEMPLARY_COLLECTIVE = "hcmstudy.exemplary.collective";
    static final String ROUTE = "hoc-tap-bac/dien-hinh";

    private final ExemplaryService exemplary;

    HcmStudyEvidence(ExemplaryService exemplary) {
        this.exemplary = exemplary;
    }

    @Override
    public List<EvidenceKind> kinds() {
        return List.of(new EvidenceKind(EXEMPLARY_PERSON, "hcmstudy.evidence.kind.person", false),
                new EvidenceKind(EXEMPLARY_COLLECTIVE, "hcmstudy.evidence.kind.collective", false));
    }

    @Override
    public List<Evidence> evidence(EvidenceQuery query) {
        if (query.personUserId() != null) {
            // models are named people and collectives of the member list, not user accounts
            return List.of();
        }
        List<Evidence> found = new ArrayList<>();
        for (Exemplary model : exemplary.recognisedIn(query.unitId(), query.from(), query.to(), query.asker())) {
            String kind = model.collective() ? EXEMPLARY_COLLECTIVE : EXEMPLARY_PERSON;
            if (query.wants(kind)) {
                found.add(new Evidence(kind, "hcmstudy.evidence.recognised", List.of(model.name(),
                        model.decisionRef(), model.decidedOn()), null, null, ROUTE,
                        Map.of("id", Long.toString(model.id())), null, model.collective() ? null : model.name()));
            }
        }
        return found;
    }
}
