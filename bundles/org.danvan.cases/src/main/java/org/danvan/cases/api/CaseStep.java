package org.danvan.cases.api;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a case's timeline.
 *
 * @param action what was done
 * @param at when
 * @param actorLogin who did it
 * @param actorName the actor's full name
 * @param fromStatus status before
 * @param toStatus status after
 * @param details step data (outcome, decision reference, guidance, target body, handler, ...), never protected
 *            identity data
 */
public record CaseStep(CaseAction action, Instant at, String actorLogin, String actorName, CaseStatus fromStatus,
        CaseStatus toStatus, Map<String, String> details) {

    public CaseStep {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
