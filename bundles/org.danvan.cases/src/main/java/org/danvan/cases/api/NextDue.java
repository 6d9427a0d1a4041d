package org.danvan.cases.api;

import java.time.LocalDate;

/**
 * What the case owes next, and by when.
 *
 * @param step the step that is due, e.g. {@link CaseAction#ACCEPT} or {@link CaseAction#RESOLVE}
 * @param ruleId the statutory rule behind the clock, e.g. {@code complaint.first.resolve}; its label is the
 *            translation key {@code rules.<ruleId>}
 * @param citation the legal source of the rule, e.g. "Luật Khiếu nại 02/2011/QH13, Điều 28"
 * @param clockStart the event day the clock counts from (not counted itself)
 * @param dueDate the last day
 * @param extensions extensions granted on this clock so far
 */
public record NextDue(CaseAction step, String ruleId, String citation, LocalDate clockStart, LocalDate dueDate,
        int extensions) {
}
