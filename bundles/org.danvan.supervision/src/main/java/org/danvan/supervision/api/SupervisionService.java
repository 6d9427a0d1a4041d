package org.danvan.supervision.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Supervision programmes and their rounds. Reads are limited to the units where the user holds any of the module's
 * permissions; changes need {@link SupervisionPermissions#MANAGE} at the programme's unit. Each step is allowed only
 * from the step before ({@link ProgrammeState}); every change is audited in its transaction.
 */
@ProviderType
public interface SupervisionService {

    String GONE = "supervision.error.gone";
    /** The step is not possible from the state the programme is in (another user moved it on meanwhile). */
    String WRONG_STATE = "supervision.error.state";
    String SENT_DAY = "supervision.validation.planSentOn";
    String HELD_DAY = "supervision.validation.heldOn";
    String FINDINGS_REQUIRED = "supervision.validation.findings.required";
    String REPORTED_DAY = "supervision.validation.reportedOn";
    /** Time limit rows of the module's rule file. */
    String PLAN_RULE = "supervision.plan.notice";
    String REPORT_RULE = "supervision.report.after";

    /** Programmes of the unit and its subtree (as far as the user may read) whose round falls in the year. */
    List<SupervisionProgramme> programmes(long unitId, int year, UserPrincipal user);

    Optional<SupervisionProgramme> programme(long id, UserPrincipal user);

    SupervisionProgramme create(ProgrammeDraft draft, UserPrincipal user);

    /** Changes a programme whose plan has not been sent yet; the plan's clock is computed again. */
    SupervisionProgramme update(long id, long expectedVersion, ProgrammeDraft draft, UserPrincipal user);

    /** Records that the plan was sent to the supervised on a day (not after today, before the round). */
    SupervisionProgramme sendPlan(long id, long expectedVersion, LocalDate sentOn, UserPrincipal user);

    /** Records the round as held on a day with its findings; starts the report's clock. */
    SupervisionProgramme holdRound(long id, long expectedVersion, LocalDate heldOn, String findings,
            UserPrincipal user);

    /** Records the report as issued on a day. */
    SupervisionProgramme report(long id, long expectedVersion, LocalDate reportedOn, UserPrincipal user);

    int FINDINGS_MAX = 4000;
}
