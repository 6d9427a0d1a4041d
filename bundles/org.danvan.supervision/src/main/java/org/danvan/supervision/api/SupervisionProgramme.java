package org.danvan.supervision.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A supervision programme and its round, with both clocks: the plan is sent at least the rule's days before the
 * round ({@code planDueBy} is the last day on time), the report within the rule's days after it ({@code reportDueOn}).
 * Due days are computed when the clock starts and kept, so a later rule row never moves a running clock.
 *
 * @param planDueBy the last day the plan may be sent to the supervised on time
 * @param planRuleCitation the citation of the rule row that set {@code planDueBy}
 * @param reportDueOn the last day for the report, once the round is held; else {@code null}
 */
public record SupervisionProgramme(long id, long version, long unitId, String unitName, String title,
        SubjectKind subjectKind, Long subjectUnitId, String subject, SupervisionForm form, String content,
        List<String> team, LocalDate roundOn, LocalDate planDueBy, String planRuleCitation, LocalDate planSentOn,
        LocalDate heldOn, String findings, LocalDate reportDueOn, LocalDate reportedOn, ProgrammeState state) {

    public SupervisionProgramme {
        team = List.copyOf(team);
    }

    /** The plan was sent after its last day on time. */
    public boolean planLate() {
        return planSentOn != null && planSentOn.isAfter(planDueBy);
    }

    /** The report was issued late, or is still missing after its last day. */
    public boolean reportLate(LocalDate today) {
        if (reportDueOn == null) {
            return false;
        }
        return reportedOn == null ? today.isAfter(reportDueOn) : reportedOn.isAfter(reportDueOn);
    }
}
