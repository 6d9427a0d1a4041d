package org.danvan.hcmstudy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.danvan.hcmstudy.api.StudyReports;
import org.danvan.hcmstudy.api.UnitFigures;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

import jakarta.persistence.EntityManager;

/** The dashboard figures, counted from the module's tables. */
final class StudyReportsImpl implements StudyReports {

    private final Context ctx;

    StudyReportsImpl(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public UnitFigures figures(long unitId, int year, UserPrincipal user) {
        if (!ctx.mayRead(user, unitId)) {
            return empty(unitId, year);
        }
        LocalDate today = ctx.today();
        return ctx.store().read(em -> count(em, unitId, year, today));
    }

    @Override
    public List<UnitFigures> byUnit(long unitId, int year, UserPrincipal user) {
        LocalDate today = ctx.today();
        List<Long> units = new ArrayList<>(ctx.readableSubtree(user, unitId));
        units.sort(Comparator.naturalOrder());
        return ctx.store().read(em -> units.stream().map(u -> count(em, u, year, today))
                .filter(f -> f.members() > 0 || f.sessionsPlanned() > 0 || f.tasks() > 0
                        || f.exemplaryProposed() > 0)
                .toList());
    }

    @Override
    public UnitFigures figures(long unitId, LocalDate from, LocalDate to, UserPrincipal user) {
        checkPeriod(from, to);
        if (!ctx.mayRead(user, unitId)) {
            return new UnitFigures(unitId, from.getYear(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, from, to);
        }
        LocalDate today = ctx.today();
        return ctx.store().read(em -> count(em, unitId, from, to, today));
    }

    @Override
    public List<UnitFigures> byUnit(long unitId, LocalDate from, LocalDate to, UserPrincipal user) {
        checkPeriod(from, to);
        LocalDate today = ctx.today();
        List<Long> units = new ArrayList<>(ctx.readableSubtree(user, unitId));
        units.sort(Comparator.naturalOrder());
        return ctx.store().read(em -> units.stream().map(u -> count(em, u, from, to, today))
                .filter(UnitFigures::hasAnything).toList());
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        List<Violation> problems = new ArrayList<>();
        if (from == null) {
            problems.add(Violation.of("from", PERIOD_REQUIRED));
        }
        if (to == null) {
            problems.add(Violation.of("to", PERIOD_REQUIRED));
        }
        if (problems.isEmpty() && to.isBefore(from)) {
            problems.add(Violation.of("to", PERIOD_ORDER));
        } else if (problems.isEmpty() && !to.isBefore(from.plusYears(PERIOD_MAX_YEARS))) {
            problems.add(Violation.of("to", PERIOD_LONG, PERIOD_MAX_YEARS));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** The period's figures: everything counted by the day it happened. */
    private static UnitFigures count(EntityManager em, long unitId, LocalDate from, LocalDate to, LocalDate today) {
        int members = StudyServiceImpl.activeMembers(em, unitId).size();
        List<SessionEntity> sessions = em.createQuery("SELECT s FROM HsSession s WHERE s.unitId = :u"
                + " AND ((s.plannedOn >= :f AND s.plannedOn <= :t) OR (s.heldOn >= :f AND s.heldOn <= :t))",
                SessionEntity.class).setParameter("u", unitId).setParameter("f", from).setParameter("t", to)
                .getResultList();
        int planned = 0;
        int held = 0;
        long expected = 0;
        long present = 0;
        for (SessionEntity s : sessions) {
            planned += within(s.plannedOn, from, to) ? 1 : 0;
            if (within(s.heldOn, from, to)) {
                held++;
                expected += s.attendance.size();
                present += s.attendance.stream().filter(a -> a.present).count();
            }
        }
        // commitments of the years the period touches, counted by the day of each step
        List<CommitmentEntity> commitments = em.createQuery("SELECT c FROM HsCommitment c WHERE c.unitId = :u"
                + " AND c.year >= :fy AND c.year <= :ty", CommitmentEntity.class).setParameter("u", unitId)
                .setParameter("fy", from.getYear() - 1).setParameter("ty", to.getYear() + 1).getResultList();
        int registered = (int) commitments.stream().filter(c -> within(c.registeredOn, from, to)).count();
        int mid = (int) commitments.stream().filter(c -> within(c.midOn, from, to)).count();
        int end = (int) commitments.stream().filter(c -> within(c.endOn, from, to)).count();
        int assessed = (int) commitments.stream().filter(c -> c.classification != null
                && within(c.assessedOn, from, to)).count();
        List<TaskEntity> due = em.createQuery("SELECT t FROM HsTask t WHERE t.unitId = :u AND t.dueOn >= :f"
                + " AND t.dueOn <= :t", TaskEntity.class).setParameter("u", unitId).setParameter("f", from)
                .setParameter("t", to).getResultList();
        int done = (int) due.stream().filter(t -> t.doneOn != null).count();
        int overdue = (int) due.stream().filter(t -> ActionPlanServiceImpl.overdue(t, today)).count();
        List<ExemplaryEntity> models = em.createQuery("SELECT e FROM HsExemplary e WHERE e.unitId = :u",
                ExemplaryEntity.class).setParameter("u", unitId).getResultList();
        int proposed = (int) models.stream().filter(e -> within(e.proposedOn, from, to)).count();
        int recognised = (int) models.stream().filter(e -> within(e.decidedOn, from, to)).count();
        return new UnitFigures(unitId, from.getYear(), members, planned, held, expected, present, registered, mid,
                end, assessed, due.size(), done, overdue, proposed, recognised, from, to);
    }

    private static UnitFigures empty(long unitId, int year) {
        return new UnitFigures(unitId, year, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static UnitFigures count(EntityManager em, long unitId, int year, LocalDate today) {
        int members = StudyServiceImpl.activeMembers(em, unitId).size();
        Optional<ProgrammeEntity> programme = em.createQuery("SELECT p FROM HsProgramme p WHERE p.unitId = :u"
                + " AND p.year = :y", ProgrammeEntity.class).setParameter("u", unitId).setParameter("y", year)
                .getResultList().stream().findFirst();
        List<SessionEntity> sessions = programme.map(p -> em.createQuery("SELECT s FROM HsSession s"
                + " WHERE s.programmeId = :p", SessionEntity.class).setParameter("p", p.id).getResultList())
                .orElse(List.of());
        int held = 0;
        long expected = 0;
        long present = 0;
        for (SessionEntity s : sessions) {
            if (s.heldOn != null) {
                held++;
                expected += s.attendance.size();
                present += s.attendance.stream().filter(a -> a.present).count();
            }
        }
        List<CommitmentEntity> commitments = CommitmentServiceImpl.ofUnit(em, unitId, year);
        int mid = (int) commitments.stream().filter(c -> c.midOn != null).count();
        int end = (int) commitments.stream().filter(c -> c.endOn != null).count();
        int assessed = (int) commitments.stream().filter(c -> c.classification != null).count();
        int tasks = 0;
        int done = 0;
        int overdue = 0;
        for (PlanEntity plan : ActionPlanServiceImpl.plansOf(em, unitId, year)) {
            for (TaskEntity t : ActionPlanServiceImpl.tasksOf(em, plan.id)) {
                tasks++;
                done += t.doneOn != null ? 1 : 0;
                overdue += ActionPlanServiceImpl.overdue(t, today) ? 1 : 0;
            }
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<ExemplaryEntity> models = em.createQuery("SELECT e FROM HsExemplary e WHERE e.unitId = :u",
                ExemplaryEntity.class).setParameter("u", unitId).getResultList();
        int proposed = (int) models.stream().filter(e -> e.proposedOn.getYear() == year).count();
        int recognised = (int) models.stream().filter(e -> e.decidedOn != null && !e.decidedOn.isBefore(from)
                && !e.decidedOn.isAfter(to)).count();
        return new UnitFigures(unitId, year, members, sessions.size(), held, expected, present, commitments.size(),
                mid, end, assessed, tasks, done, overdue, proposed, recognised);
    }
}
