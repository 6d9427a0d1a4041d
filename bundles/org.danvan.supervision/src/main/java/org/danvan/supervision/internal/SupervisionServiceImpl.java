package org.danvan.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.Texts;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.Records;
import org.danvan.rules.api.StatutoryRule;
import org.danvan.supervision.api.ProgrammeDraft;
import org.danvan.supervision.api.ProgrammeState;
import org.danvan.supervision.api.SubjectKind;
import org.danvan.supervision.api.SupervisionPermissions;
import org.danvan.supervision.api.SupervisionProgramme;
import org.danvan.supervision.api.SupervisionService;

import jakarta.persistence.EntityManager;

/** Programmes and their rounds; the plan's and the report's clocks come from the module's rule rows. */
final class SupervisionServiceImpl implements SupervisionService {

    private final Context ctx;

    SupervisionServiceImpl(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<SupervisionProgramme> programmes(long unitId, int year, UserPrincipal user) {
        Set<Long> units = ctx.readableSubtree(user, unitId);
        if (units.isEmpty()) {
            return List.of();
        }
        return ctx.store().read(em -> inPeriod(em, units, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .stream().map(SupervisionServiceImpl::toProgramme).toList());
    }

    static List<ProgrammeEntity> inPeriod(EntityManager em, Set<Long> units, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT p FROM SvProgramme p WHERE p.unitId IN :u AND p.roundOn >= :f"
                + " AND p.roundOn <= :t ORDER BY p.roundOn, p.id", ProgrammeEntity.class).setParameter("u", units)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public Optional<SupervisionProgramme> programme(long id, UserPrincipal user) {
        return ctx.store().read(em -> Optional.ofNullable(em.find(ProgrammeEntity.class, id))
                .filter(p -> ctx.readScope(user).covers(p.unitId)).map(SupervisionServiceImpl::toProgramme));
    }

    @Override
    public SupervisionProgramme create(ProgrammeDraft draft, UserPrincipal user) {
        checked(draft);
        ctx.access().check(user, SupervisionPermissions.MANAGE, draft.unitId());
        String unitName = ctx.unitName(draft.unitId());
        StatutoryRule rule = planRule(draft.roundOn());
        LocalDate dueBy = ctx.rules().latestDayBefore(PLAN_RULE, draft.roundOn(), Set.of());
        return ctx.store().audited(em -> {
            ProgrammeEntity entity = new ProgrammeEntity();
            entity.unitId = draft.unitId();
            entity.unitName = unitName;
            entity.state = ProgrammeState.PLANNED;
            entity.recordedBy = user.login();
            entity.plan(draft.title(), draft.subjectKind(), draft.subjectUnitId(), draft.subject(), draft.form(),
                    draft.content(), String.join("\n", draft.team()), draft.roundOn(), dueBy, rule.citation());
            em.persist(entity);
            em.flush();
            return toProgramme(entity);
        }, saved -> ctx.audited("supervision.programme.created", user, "supervision.programme", saved.id(),
                saved.unitId(), Map.of("roundOn", saved.roundOn().toString(), "planDueBy",
                        saved.planDueBy().toString(), "form", saved.form().name())));
    }

    @Override
    public SupervisionProgramme update(long id, long expectedVersion, ProgrammeDraft draft, UserPrincipal user) {
        checked(draft);
        StatutoryRule rule = planRule(draft.roundOn());
        LocalDate dueBy = ctx.rules().latestDayBefore(PLAN_RULE, draft.roundOn(), Set.of());
        return ctx.store().audited(em -> {
            ProgrammeEntity entity = Context.found(em, ProgrammeEntity.class, id);
            ctx.access().check(user, SupervisionPermissions.MANAGE, entity.unitId);
            Records.expectVersion(entity.version, expectedVersion, "programme " + id);
            inState(entity, ProgrammeState.PLANNED);
            if (entity.unitId != draft.unitId()) {
                throw ValidationException.of("unitId", ProgrammeDraft.UNIT_REQUIRED);
            }
            entity.plan(draft.title(), draft.subjectKind(), draft.subjectUnitId(), draft.subject(), draft.form(),
                    draft.content(), String.join("\n", draft.team()), draft.roundOn(), dueBy, rule.citation());
            em.flush();
            return toProgramme(entity);
        }, saved -> ctx.audited("supervision.programme.updated", user, "supervision.programme", id, saved.unitId(),
                Map.of("roundOn", saved.roundOn().toString(), "planDueBy", saved.planDueBy().toString())));
    }

    @Override
    public SupervisionProgramme sendPlan(long id, long expectedVersion, LocalDate sentOn, UserPrincipal user) {
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            ProgrammeEntity entity = Context.found(em, ProgrammeEntity.class, id);
            ctx.access().check(user, SupervisionPermissions.MANAGE, entity.unitId);
            Records.expectVersion(entity.version, expectedVersion, "programme " + id);
            inState(entity, ProgrammeState.PLANNED);
            if (sentOn == null || sentOn.isAfter(today) || !sentOn.isBefore(entity.roundOn)) {
                throw ValidationException.of("planSentOn", SENT_DAY, Context.shown(entity.roundOn));
            }
            entity.planSent(sentOn);
            em.flush();
            return toProgramme(entity);
        }, saved -> ctx.audited("supervision.plan.sent", user, "supervision.programme", id, saved.unitId(),
                Map.of("sentOn", sentOn.toString(), "late", Boolean.toString(saved.planLate()))));
    }

    @Override
    public SupervisionProgramme holdRound(long id, long expectedVersion, LocalDate heldOn, String findings,
            UserPrincipal user) {
        LocalDate today = ctx.today();
        List<Violation> problems = new ArrayList<>();
        String text = Texts.required(problems, "findings", findings, FINDINGS_MAX, FINDINGS_REQUIRED);
        if (heldOn == null || heldOn.isAfter(today)) {
            problems.add(Violation.of("heldOn", HELD_DAY));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate reportDue = ctx.rules().dueDate(REPORT_RULE, heldOn, Set.of());
        return ctx.store().audited(em -> {
            ProgrammeEntity entity = Context.found(em, ProgrammeEntity.class, id);
            ctx.access().check(user, SupervisionPermissions.MANAGE, entity.unitId);
            Records.expectVersion(entity.version, expectedVersion, "programme " + id);
            inState(entity, ProgrammeState.PLAN_SENT);
            if (heldOn.isBefore(entity.planSentOn)) {
                throw ValidationException.of("heldOn", HELD_DAY);
            }
            entity.held(heldOn, text, reportDue);
            em.flush();
            return toProgramme(entity);
        }, saved -> ctx.audited("supervision.round.held", user, "supervision.programme", id, saved.unitId(),
                Map.of("heldOn", heldOn.toString(), "reportDueOn", reportDue.toString())));
    }

    @Override
    public SupervisionProgramme report(long id, long expectedVersion, LocalDate reportedOn, UserPrincipal user) {
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            ProgrammeEntity entity = Context.found(em, ProgrammeEntity.class, id);
            ctx.access().check(user, SupervisionPermissions.MANAGE, entity.unitId);
            Records.expectVersion(entity.version, expectedVersion, "programme " + id);
            inState(entity, ProgrammeState.HELD);
            if (reportedOn == null || reportedOn.isAfter(today) || reportedOn.isBefore(entity.heldOn)) {
                throw ValidationException.of("reportedOn", REPORTED_DAY, Context.shown(entity.heldOn));
            }
            entity.reported(reportedOn);
            em.flush();
            return toProgramme(entity);
        }, saved -> ctx.audited("supervision.programme.reported", user, "supervision.programme", id, saved.unitId(),
                Map.of("reportedOn", reportedOn.toString(), "late", Boolean.toString(saved.reportLate(today)))));
    }

    private void checked(ProgrammeDraft draft) {
        List<Violation> problems = new ArrayList<>(draft.validate(ctx.today()));
        if (problems.isEmpty() && draft.subjectKind() == SubjectKind.UNIT
                && ctx.units().find(draft.subjectUnitId()).isEmpty()) {
            problems.add(Violation.of("subjectUnitId", ProgrammeDraft.SUBJECT_UNIT_REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private StatutoryRule planRule(LocalDate roundOn) {
        return ctx.rules().rule(PLAN_RULE, roundOn)
                .orElseThrow(() -> ValidationException.of("roundOn", ProgrammeDraft.ROUND_DAY));
    }

    private static void inState(ProgrammeEntity entity, ProgrammeState expected) {
        if (entity.state != expected) {
            throw ValidationException.of(null, WRONG_STATE);
        }
    }

    static SupervisionProgramme toProgramme(ProgrammeEntity p) {
        return new SupervisionProgramme(p.id, p.version, p.unitId, p.unitName, p.title, p.subjectKind,
                p.subjectUnitId, p.subject, p.form, p.content, p.teamList(), p.roundOn, p.planDueBy,
                p.planRuleCitation, p.planSentOn, p.heldOn, p.findings, p.reportDueOn, p.reportedOn, p.state);
    }
}
