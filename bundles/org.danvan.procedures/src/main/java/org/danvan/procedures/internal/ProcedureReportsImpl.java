package org.danvan.procedures.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.procedures.api.ProcedureReports;
import org.danvan.procedures.api.Proposal;
import org.danvan.procedures.api.Review;
import org.danvan.procedures.api.ReviewStatus;
import org.danvan.procedures.api.UnitFigures;

import jakarta.persistence.EntityManager;

/** Figures of a unit's subtree for a year, and what was cut or simplified, as far as the user may read. */
final class ProcedureReportsImpl implements ProcedureReports {

    private final Context ctx;

    ProcedureReportsImpl(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public UnitFigures figures(long unitId, int year, UserPrincipal user) {
        Set<Long> units = ctx.readableSubtree(user, unitId);
        LocalDate today = ctx.today();
        return ctx.store().read(em -> figuresOf(em, unitId, units, year, today));
    }

    @Override
    public List<UnitFigures> byUnit(long unitId, int year, UserPrincipal user) {
        Set<Long> units = ctx.readableSubtree(user, unitId);
        LocalDate today = ctx.today();
        return ctx.store().read(em -> {
            List<UnitFigures> lines = new ArrayList<>();
            for (long unit : units) {
                UnitFigures f = figuresOf(em, unit, Set.of(unit), year, today);
                if (f.procedures() > 0 || f.rounds() > 0) {
                    lines.add(f);
                }
            }
            return lines;
        });
    }

    @Override
    public List<Review> adoptedIn(long unitId, int year, UserPrincipal user) {
        Set<Long> units = ctx.readableSubtree(user, unitId);
        if (units.isEmpty()) {
            return List.of();
        }
        LocalDate today = ctx.today();
        return ctx.store().read(em -> ReviewServiceImpl.toReviews(em, em.createQuery("SELECT r FROM PrReview r"
                + " WHERE r.unitId IN :u AND r.year = :y AND r.status IN :s AND r.proposal <> :k", ReviewEntity.class)
                .setParameter("u", units).setParameter("y", year)
                .setParameter("s", List.of(ReviewStatus.ADOPTED, ReviewStatus.IMPLEMENTED))
                .setParameter("k", Proposal.KEEP).getResultList(), today).stream()
                .sorted(Comparator.comparing(Review::decidedOn).thenComparing(Review::procedureCode)).toList());
    }

    @Override
    public List<Review> decidedBetween(long unitId, LocalDate from, LocalDate to, UserPrincipal user) {
        Set<Long> units = ctx.readableSubtree(user, unitId);
        if (units.isEmpty()) {
            return List.of();
        }
        LocalDate today = ctx.today();
        return ctx.store().read(em -> ReviewServiceImpl.toReviews(em, em.createQuery("SELECT r FROM PrReview r"
                + " WHERE r.unitId IN :u AND r.decidedOn BETWEEN :f AND :t", ReviewEntity.class)
                .setParameter("u", units).setParameter("f", from).setParameter("t", to).getResultList(), today));
    }

    /** Reviews assessed in the period (both days included) in the subtree, as far as the user may read. */
    List<Review> assessedBetween(long unitId, LocalDate from, LocalDate to, UserPrincipal user) {
        Set<Long> units = ctx.readableSubtree(user, unitId);
        if (units.isEmpty()) {
            return List.of();
        }
        LocalDate today = ctx.today();
        return ctx.store().read(em -> ReviewServiceImpl.toReviews(em, em.createQuery("SELECT r FROM PrReview r"
                + " WHERE r.unitId IN :u AND r.assessedOn BETWEEN :f AND :t", ReviewEntity.class)
                .setParameter("u", units).setParameter("f", from).setParameter("t", to).getResultList(), today));
    }

    private static UnitFigures figuresOf(EntityManager em, long unitId, Set<Long> units, int year, LocalDate today) {
        if (units.isEmpty()) {
            return new UnitFigures(unitId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        long inForce = em.createQuery("SELECT COUNT(p) FROM PrProcedure p WHERE p.unitId IN :u AND p.abolished = false",
                Long.class).setParameter("u", units).getSingleResult();
        long rounds = em.createQuery("SELECT COUNT(r) FROM PrRound r WHERE r.unitId IN :u AND r.year = :y",
                Long.class).setParameter("u", units).setParameter("y", year).getSingleResult();
        List<ReviewEntity> reviews = em.createQuery("SELECT r FROM PrReview r WHERE r.unitId IN :u AND r.year = :y",
                ReviewEntity.class).setParameter("u", units).setParameter("y", year).getResultList();
        int cutDone = 0;
        int cut = 0;
        int simplify = 0;
        int decentralise = 0;
        int adopted = 0;
        int implemented = 0;
        int late = 0;
        int petitions = 0;
        long days = 0;
        long cost = 0;
        for (ReviewEntity r : reviews) {
            petitions += r.caseCount;
            switch (r.proposal) {
                case CUT -> cut++;
                case SIMPLIFY -> simplify++;
                case DECENTRALISE -> decentralise++;
                default -> {
                }
            }
            boolean taken = r.status == ReviewStatus.ADOPTED || r.status == ReviewStatus.IMPLEMENTED;
            if (!taken || r.proposal == Proposal.KEEP) {
                continue;
            }
            adopted++;
            Review review = ReviewServiceImpl.toReview(r, null, today);
            days += review.daysSavedPerDossier();
            if (r.yearlyDossiers != null) {
                cost += review.feeSavedPerDossier() * r.yearlyDossiers;
            }
            if (r.status == ReviewStatus.IMPLEMENTED) {
                implemented++;
                if (r.proposal == Proposal.CUT) {
                    cutDone++;
                }
            }
            if (review.followUpOverdue()) {
                late++;
            }
        }
        return new UnitFigures(unitId, (int) inForce + cutDone, (int) rounds, reviews.size(), cut, simplify,
                decentralise, adopted, implemented, late, petitions, days, cost);
    }
}
