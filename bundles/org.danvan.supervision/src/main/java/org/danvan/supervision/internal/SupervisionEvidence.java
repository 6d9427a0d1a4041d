package org.danvan.supervision.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceKind;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.supervision.api.Recommendation;
import org.danvan.supervision.api.RecommendationService;

/**
 * What this module tells other modules (emulation above all) through the evidence SPI: of the recommendations
 * addressed to a unit (and the units below it) in a period, how many it answered by the day expected — within the
 * asker's scope, as the service decides.
 */
final class SupervisionEvidence implements EvidenceProvider {

    static final String ANSWERED_ON_TIME = "supervision.recommendations.answeredOnTime";
    static final String ROUTE = "giam-sat/kien-nghi";

    private final RecommendationService recommendations;
    private final OrgUnitDirectory units;

    SupervisionEvidence(RecommendationService recommendations, OrgUnitDirectory units) {
        this.recommendations = recommendations;
        this.units = units;
    }

    @Override
    public List<EvidenceKind> kinds() {
        return List.of(new EvidenceKind(ANSWERED_ON_TIME, "supervision.evidence.kind.answeredOnTime", false));
    }

    @Override
    public List<Evidence> evidence(EvidenceQuery query) {
        if (query.personUserId() != null || !query.wants(ANSWERED_ON_TIME)) {
            // recommendations are owed by units, not by people
            return List.of();
        }
        Set<Long> subtree = Set.copyOf(units.currentSubtree(query.unitId()));
        List<Recommendation> owed = recommendations.issuedIn(query.unitId(), query.from(), query.to(), query.asker())
                .stream().filter(r -> subtree.contains(r.addresseeUnitId())).toList();
        if (owed.isEmpty()) {
            return List.of();
        }
        long onTime = owed.stream().filter(Recommendation::answeredOnTime).count();
        return List.of(Evidence.figure(ANSWERED_ON_TIME, "supervision.evidence.answeredOnTime", onTime,
                (long) owed.size(), ROUTE, Map.of(), onTime, owed.size()));
    }
}
