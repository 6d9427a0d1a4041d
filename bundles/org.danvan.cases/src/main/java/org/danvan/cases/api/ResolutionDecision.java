package org.danvan.cases.api;

import java.time.LocalDate;

/**
 * A written decision on the resolution of a complaint (Law 02/2011 art. 11a, added by Law 136/2025/QH15 from
 * 1 July 2026): a suspension ({@code tạm đình chỉ}), its continuation ({@code tiếp tục giải quyết}) or a termination
 * ({@code đình chỉ}).
 *
 * @param decidedOn the day of the decision, not in the future
 * @param decisionReference number of the written decision, required
 * @param ground the legal ground (for a continuation: why the ground of the suspension is gone), required
 */
public record ResolutionDecision(LocalDate decidedOn, String decisionReference, String ground) {
}
