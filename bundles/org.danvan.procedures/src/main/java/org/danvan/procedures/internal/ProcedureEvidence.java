package org.danvan.procedures.internal;

import java.util.List;
import java.util.Map;

import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceKind;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.procedures.api.Proposal;
import org.danvan.procedures.api.Review;
import org.danvan.procedures.api.ReviewStatus;

/**
 * What this module tells other modules (emulation above all) through the evidence SPI, for a unit's subtree and a
 * period, within the asker's scope as the reports decide: the procedures reviewed, and the proposals to cut, simplify or
 * decentralise adopted by a decision.
 */
final class ProcedureEvidence implements EvidenceProvider {

    static final String REVIEWED = "procedure-review.reviewed";
    static final String ADOPTED = "procedure-review.adopted";
    static final String ROUTE = "thu-tuc/ra-soat";

    private final ProcedureReportsImpl reports;

    ProcedureEvidence(ProcedureReportsImpl reports) {
        this.reports = reports;
    }

    @Override
    public List<EvidenceKind> kinds() {
        return List.of(new EvidenceKind(REVIEWED, "procedures.evidence.kind.reviewed", false),
                new EvidenceKind(ADOPTED, "procedures.evidence.kind.adopted", false));
    }

    @Override
    public List<Evidence> evidence(EvidenceQuery query) {
        if (query.personUserId() != null) {
            // the review is a unit's work, not a person's
            return List.of();
        }
        List<Evidence> found = new java.util.ArrayList<>();
        if (query.wants(REVIEWED)) {
            List<Review> reviewed = reports.assessedBetween(query.unitId(), query.from(), query.to(), query.asker());
            if (!reviewed.isEmpty()) {
                found.add(Evidence.figure(REVIEWED, "procedures.evidence.reviewed", reviewed.size(), null, ROUTE,
                        Map.of(), reviewed.size()));
            }
        }
        if (query.wants(ADOPTED)) {
            List<Review> adopted = reports.decidedBetween(query.unitId(), query.from(), query.to(), query.asker())
                    .stream().filter(r -> r.proposal() != Proposal.KEEP && (r.status() == ReviewStatus.ADOPTED
                            || r.status() == ReviewStatus.IMPLEMENTED)).toList();
            if (!adopted.isEmpty()) {
                long cut = adopted.stream().filter(r -> r.proposal() == Proposal.CUT).count();
                found.add(Evidence.figure(ADOPTED, "procedures.evidence.adopted", adopted.size(), null, ROUTE,
                        Map.of(), adopted.size(), cut));
            }
        }
        return found;
    }
}
