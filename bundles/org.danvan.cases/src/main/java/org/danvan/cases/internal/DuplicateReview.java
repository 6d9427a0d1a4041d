package org.danvan.cases.internal;

import java.util.List;
import java.util.Map;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.cases.internal.model.DuplicateLink;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;

/** An officer links a duplicate candidate (same matter) or dismisses it. */
final class DuplicateReview {

    private final CaseContext context;
    private final CaseAudit audit;

    DuplicateReview(CaseContext context, CaseAudit audit) {
        this.context = context;
        this.audit = audit;
    }

    void decide(UserPrincipal user, long caseId, long otherCaseId, String state) {
        if (caseId == otherCaseId) {
            throw ValidationException.of("otherCaseId", "case.error.duplicate.self");
        }
        CaseTransactions.write(context.store(), em -> {
            CaseRecord record = CaseReader.load(em, caseId);
            CaseRecord other = CaseReader.load(em, otherCaseId);
            context.access().check(user, CasePermissions.CLASSIFY, record.unitId);
            context.access().check(user, CasePermissions.VIEW, other.unitId);
            List<DuplicateLink> links = em.createQuery("SELECT d FROM DuplicateLink d WHERE (d.caseId = :a AND "
                    + "d.otherCaseId = :b) OR (d.caseId = :b AND d.otherCaseId = :a)", DuplicateLink.class)
                    .setParameter("a", caseId).setParameter("b", otherCaseId).getResultList();
            if (links.isEmpty()) {
                DuplicateLink link = new DuplicateLink();
                link.caseId = caseId;
                link.otherCaseId = otherCaseId;
                link.reason = "OFFICER";
                link.score = 100;
                link.state = state;
                em.persist(link);
            } else {
                links.forEach(link -> link.state = state);
            }
            audit.changed("case.duplicate." + state.toLowerCase(java.util.Locale.ROOT), user, caseId, record.unitId,
                    Map.of("other", Long.toString(otherCaseId)));
            return null;
        });
    }
}
