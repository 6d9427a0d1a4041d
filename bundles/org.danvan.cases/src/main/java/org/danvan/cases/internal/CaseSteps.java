package org.danvan.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseStep;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.cases.internal.model.CaseStepRecord;
import org.danvan.platform.api.security.UserPrincipal;

import jakarta.persistence.EntityManager;

/** The timeline of a case. */
final class CaseSteps {

    private final Clock clock;
    private final CitizenMailOutbox mails;

    CaseSteps(Clock clock) {
        this(clock, null);
    }

    /** With the citizens' milestone mails written in the step's transaction ({@code mails} may be null: none). */
    CaseSteps(Clock clock, CitizenMailOutbox mails) {
        this.clock = clock;
        this.mails = mails;
    }

    void add(EntityManager em, CaseRecord record, UserPrincipal user, CaseAction action, CaseStatus from,
            CaseStatus to, Map<String, String> details) {
        CaseStepRecord step = new CaseStepRecord();
        step.caseId = record.getId();
        step.action = action.name();
        step.at = Times.utc(Instant.now(clock));
        step.actorLogin = user.login();
        step.actorName = user.fullName();
        step.fromStatus = from == null ? null : from.name();
        step.toStatus = to.name();
        step.details = StepDetails.encode(details);
        em.persist(step);
        if (mails != null) {
            mails.stepRecorded(em, record, action, details);
        }
    }

    static List<CaseStep> timeline(EntityManager em, long caseId) {
        List<CaseStep> steps = new ArrayList<>();
        for (CaseStepRecord row : em.createQuery(
                "SELECT s FROM CaseStepRecord s WHERE s.caseId = :c ORDER BY s.at, s.id", CaseStepRecord.class)
                .setParameter("c", caseId).getResultList()) {
            steps.add(new CaseStep(CaseAction.valueOf(row.action), Times.instant(row.at), row.actorLogin, row.actorName,
                    row.fromStatus == null ? null : CaseStatus.valueOf(row.fromStatus),
                    CaseStatus.valueOf(row.toStatus), StepDetails.decode(row.details)));
        }
        return steps;
    }

    /** Whether a first complaint was already reopened as a second one. */
    static boolean isReopened(EntityManager em, long caseId) {
        return em.createQuery("SELECT COUNT(c) FROM CaseRecord c WHERE c.parentCaseId = :p", Long.class)
                .setParameter("p", caseId).getSingleResult() > 0;
    }
}
