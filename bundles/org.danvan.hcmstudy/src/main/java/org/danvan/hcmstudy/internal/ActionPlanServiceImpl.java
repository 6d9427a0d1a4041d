package org.danvan.hcmstudy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.danvan.hcmstudy.api.ActionPlan;
import org.danvan.hcmstudy.api.ActionPlanService;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.hcmstudy.api.ProgrammeDraft;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.Texts;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.Records;

import jakarta.persistence.EntityManager;

/** Action plans and their tasks; due days are working days of the platform's calendar. */
final class ActionPlanServiceImpl implements ActionPlanService {

    private final Context ctx;

    ActionPlanServiceImpl(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<ActionPlan> plans(long unitId, int year, UserPrincipal user) {
        if (!ctx.mayRead(user, unitId)) {
            return List.of();
        }
        LocalDate today = ctx.today();
        return ctx.store().read(em -> plansOf(em, unitId, year).stream().map(p -> toPlan(em, p, today)).toList());
    }

    static List<PlanEntity> plansOf(EntityManager em, long unitId, int year) {
        return em.createQuery("SELECT p FROM HsPlan p WHERE p.unitId = :u AND p.year = :y ORDER BY p.id",
                PlanEntity.class).setParameter("u", unitId).setParameter("y", year).getResultList();
    }

    @Override
    public ActionPlan createPlan(Long unitId, Integer year, String title, UserPrincipal user) {
        int thisYear = ctx.today().getYear();
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", ProgrammeDraft.UNIT_REQUIRED));
        }
        if (year == null || year < ProgrammeDraft.FIRST_YEAR || year > thisYear + 1) {
            problems.add(Violation.of("year", ProgrammeDraft.YEAR_RANGE, ProgrammeDraft.FIRST_YEAR, thisYear + 1));
        }
        String text = Texts.required(problems, "title", title, TEXT_MAX, TITLE_REQUIRED);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ctx.access().check(user, HcmStudyPermissions.MANAGE, unitId);
        ctx.unitName(unitId);
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            PlanEntity entity = new PlanEntity();
            entity.unitId = unitId;
            entity.year = year;
            entity.title = text;
            em.persist(entity);
            em.flush();
            return toPlan(em, entity, today);
        }, saved -> ctx.audited("hcmstudy.plan.created", user, "hcmstudy.plan", saved.id(), saved.unitId(),
                Map.of("year", year.toString())));
    }

    @Override
    public ActionPlan addTask(long planId, String title, String measure, String owner, LocalDate dueOn,
            UserPrincipal user) {
        List<Violation> problems = new ArrayList<>();
        String t = Texts.required(problems, "title", title, TEXT_MAX, TITLE_REQUIRED);
        String m = Texts.required(problems, "measure", measure, TEXT_MAX, MEASURE_REQUIRED);
        String o = Texts.required(problems, "owner", owner, TEXT_MAX, OWNER_REQUIRED);
        if (dueOn != null && !ctx.calendar().isWorkingDay(dueOn)) {
            problems.add(Violation.of("dueOn", DUE_NOT_WORKING, Context.shown(ctx.calendar().nextWorkingDay(dueOn))));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            PlanEntity plan = Context.found(em, PlanEntity.class, planId);
            ctx.access().check(user, HcmStudyPermissions.MANAGE, plan.unitId);
            if (dueOn == null || dueOn.getYear() != plan.year) {
                throw ValidationException.of("dueOn", DUE_IN_YEAR, plan.year);
            }
            TaskEntity task = new TaskEntity();
            task.planId = plan.id;
            task.unitId = plan.unitId;
            task.title = t;
            task.measure = m;
            task.owner = o;
            task.dueOn = dueOn;
            em.persist(task);
            em.flush();
            return toPlan(em, plan, today);
        }, saved -> ctx.audited("hcmstudy.task.added", user, "hcmstudy.plan", saved.id(), saved.unitId(),
                Map.of("dueOn", dueOn.toString())));
    }

    @Override
    public ActionPlan completeTask(long taskId, long expectedVersion, LocalDate doneOn, UserPrincipal user) {
        LocalDate today = ctx.today();
        if (doneOn == null || doneOn.isAfter(today)) {
            throw ValidationException.of("doneOn", DONE_DAY);
        }
        return ctx.store().audited(em -> {
            TaskEntity task = Context.found(em, TaskEntity.class, taskId);
            ctx.access().check(user, HcmStudyPermissions.MANAGE, task.unitId);
            Records.expectVersion(task.version, expectedVersion, "task " + taskId);
            task.done(doneOn);
            em.flush();
            return toPlan(em, em.find(PlanEntity.class, task.planId), today);
        }, saved -> ctx.audited("hcmstudy.task.done", user, "hcmstudy.task", taskId, saved.unitId(),
                Map.of("doneOn", doneOn.toString())));
    }

    static List<TaskEntity> tasksOf(EntityManager em, long planId) {
        return em.createQuery("SELECT t FROM HsTask t WHERE t.planId = :p ORDER BY t.dueOn, t.id", TaskEntity.class)
                .setParameter("p", planId).getResultList();
    }

    static boolean overdue(TaskEntity t, LocalDate today) {
        return t.doneOn == null && t.dueOn.isBefore(today);
    }

    private static ActionPlan toPlan(EntityManager em, PlanEntity p, LocalDate today) {
        return new ActionPlan(p.id, p.version, p.unitId, p.year, p.title, tasksOf(em, p.id).stream()
                .map(t -> new ActionPlan.Task(t.id, t.version, t.title, t.measure, t.owner, t.dueOn, t.doneOn,
                        overdue(t, today))).toList());
    }
}
