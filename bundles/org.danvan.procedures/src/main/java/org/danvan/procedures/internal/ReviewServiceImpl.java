package org.danvan.procedures.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.Texts;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.Records;
import org.danvan.procedures.api.Assessment;
import org.danvan.procedures.api.Criterion;
import org.danvan.procedures.api.ProcedureDraft;
import org.danvan.procedures.api.ProcedurePermissions;
import org.danvan.procedures.api.Proposal;
import org.danvan.procedures.api.Review;
import org.danvan.procedures.api.ReviewRound;
import org.danvan.procedures.api.ReviewService;
import org.danvan.procedures.api.ReviewStatus;

import jakarta.persistence.EntityManager;

/**
 * Review rounds on the working-day calendar and the review flow: assessed → adopted or rejected → implemented. The
 * clocks (the round's report day, the follow-up's day) are computed from the rule rows in force when they start and
 * stored on the record.
 */
final class ReviewServiceImpl implements ReviewService {

    /** The rule giving a round's report day, counted from its start. */
    static final String ROUND_RULE = "procedures.round.report";
    /** The rule giving an adopted proposal's follow-up day, counted from the decision. */
    static final String IMPLEMENT_RULE = "procedures.decision.implement";
    /** Review plans are counted from Decree 92/2017/NĐ-CP's year. */
    static final int FIRST_YEAR = 2017;

    private final Context ctx;
    private final List<Criterion> criteria;

    ReviewServiceImpl(Context ctx, List<Criterion> criteria) {
        this.ctx = ctx;
        this.criteria = List.copyOf(criteria);
    }

    @Override
    public List<Criterion> criteria() {
        return criteria;
    }

    @Override
    public List<Review> awaiting(UserPrincipal user) {
        AccessScope decide = ctx.access().scope(user, ProcedurePermissions.DECIDE);
        AccessScope manage = ctx.access().scope(user, ProcedurePermissions.MANAGE);
        if (decide.isEmpty() && manage.isEmpty()) {
            return List.of();
        }
        LocalDate today = ctx.today();
        return ctx.store().read(em -> {
            boolean everywhere = decide.unrestricted() || manage.unrestricted();
            Set<Long> units = new java.util.HashSet<>(decide.unitIds());
            units.addAll(manage.unitIds());
            var query = em.createQuery("SELECT r FROM PrReview r WHERE r.status IN :s"
                    + (everywhere ? "" : " AND r.unitId IN :u") + " ORDER BY r.id", ReviewEntity.class)
                    .setParameter("s", List.of(ReviewStatus.ASSESSED, ReviewStatus.ADOPTED));
            if (!everywhere) {
                query.setParameter("u", units);
            }
            List<ReviewEntity> open = query.getResultList().stream().filter(r -> r.status == ReviewStatus.ASSESSED ? decide.covers(r.unitId)
                            : r.implementBy != null && manage.covers(r.unitId)).toList();
            return toReviews(em, open, today).stream().sorted(java.util.Comparator.comparing((Review r) ->
                    r.implementBy() == null ? LocalDate.MAX : r.implementBy()).thenComparing(Review::id)).toList();
        });
    }

    @Override
    public List<ReviewRound> rounds(long unitId, int year, UserPrincipal user) {
        if (!ctx.mayRead(user, unitId)) {
            return List.of();
        }
        LocalDate today = ctx.today();
        return ctx.store().read(em -> em.createQuery("SELECT r FROM PrRound r WHERE r.unitId = :u AND r.year = :y"
                + " ORDER BY r.id", RoundEntity.class).setParameter("u", unitId).setParameter("y", year)
                .getResultList().stream().map(r -> toRound(em, r, today)).toList());
    }

    @Override
    public ReviewRound openRound(Long unitId, Integer year, String title, LocalDate startedOn, UserPrincipal user) {
        int thisYear = ctx.today().getYear();
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", ProcedureDraft.UNIT_REQUIRED));
        }
        boolean yearOk = year != null && year >= FIRST_YEAR && year <= thisYear + 1;
        if (!yearOk) {
            problems.add(Violation.of("year", YEAR_RANGE, FIRST_YEAR, thisYear + 1));
        }
        String text = Texts.required(problems, "title", title, TEXT_MAX, TITLE_REQUIRED);
        if (startedOn == null || (yearOk && startedOn.getYear() != year)) {
            problems.add(Violation.of("startedOn", STARTED_ON));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ctx.access().check(user, ProcedurePermissions.MANAGE, unitId);
        ctx.requireUnit(unitId);
        LocalDate due = ctx.rules().dueDate(ROUND_RULE, startedOn, Set.of());
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            if (!em.createQuery("SELECT r.id FROM PrRound r WHERE r.unitId = :u AND r.year = :y", Long.class)
                    .setParameter("u", unitId).setParameter("y", year).getResultList().isEmpty()) {
                throw ValidationException.of("year", ROUND_EXISTS, year);
            }
            RoundEntity round = new RoundEntity();
            round.unitId = unitId;
            round.year = year;
            round.title = text;
            round.startedOn = startedOn;
            round.dueOn = due;
            round.dueRule = ROUND_RULE;
            em.persist(round);
            em.flush();
            return toRound(em, round, today);
        }, saved -> ctx.audited("procedure-review.round.opened", user, "procedure-review.round", saved.id(),
                saved.unitId(), Map.of("year", year.toString(), "dueOn", due.toString())));
    }

    @Override
    public List<Review> reviews(long roundId, UserPrincipal user) {
        LocalDate today = ctx.today();
        return ctx.store().read(em -> {
            RoundEntity round = em.find(RoundEntity.class, roundId);
            if (round == null || !ctx.mayRead(user, round.unitId)) {
                return List.<Review>of();
            }
            return toReviews(em, em.createQuery("SELECT r FROM PrReview r WHERE r.roundId = :r ORDER BY r.id",
                    ReviewEntity.class).setParameter("r", roundId).getResultList(), today);
        });
    }

    @Override
    public Review assess(long roundId, long procedureId, Long expectedVersion, Assessment assessment,
            UserPrincipal user) {
        Assessment valid = validated(assessment);
        List<String> numbers = linkedCases(valid.caseNumbers(), user);
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            RoundEntity round = Context.found(em, RoundEntity.class, roundId);
            ctx.access().check(user, ProcedurePermissions.MANAGE, round.unitId);
            ProcedureEntity procedure = Context.found(em, ProcedureEntity.class, procedureId);
            if (procedure.unitId != round.unitId) {
                throw ValidationException.of(null, PROCEDURE_OTHER_UNIT);
            }
            if (procedure.abolished) {
                throw ValidationException.of(null, PROCEDURE_ABOLISHED);
            }
            if (valid.proposal() == Proposal.SIMPLIFY) {
                refuseLonger(valid, procedure);
            }
            ReviewEntity review = reviewOf(em, roundId, procedureId).orElse(null);
            if (review == null) {
                review = new ReviewEntity();
                review.roundId = roundId;
                review.procedureId = procedureId;
                review.unitId = round.unitId;
                review.year = round.year;
            } else {
                if (review.status != ReviewStatus.ASSESSED) {
                    throw ValidationException.of(null, NOT_ASSESSED);
                }
                Records.expectVersion(review.version, expectedVersion == null ? -1 : expectedVersion,
                        "review " + review.id);
            }
            review.assess(today, valid, numbers, procedure.processingDays, procedure.feeVnd);
            if (review.id == null) {
                em.persist(review);
            }
            em.flush();
            return toReview(review, procedure, today);
        }, saved -> ctx.audited("procedure-review.review.assessed", user, "procedure-review.review", saved.id(),
                saved.unitId(), Map.of("procedure", saved.procedureCode(), "proposal", saved.proposal().name(),
                        "criteriaMet", Integer.toString(saved.criteriaMet()), "cases",
                        Integer.toString(saved.caseNumbers().size()))));
    }

    @Override
    public Review decide(long reviewId, long expectedVersion, boolean adopted, String decisionRef,
            LocalDate decidedOn, UserPrincipal user) {
        List<Violation> problems = new ArrayList<>();
        String ref = Texts.required(problems, "decisionRef", decisionRef, TEXT_MAX, DECISION_REQUIRED);
        LocalDate today = ctx.today();
        if (decidedOn == null || decidedOn.isAfter(today)) {
            problems.add(Violation.of("decidedOn", DECIDED_ON));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return ctx.store().audited(em -> {
            ReviewEntity review = Context.found(em, ReviewEntity.class, reviewId);
            ctx.access().check(user, ProcedurePermissions.DECIDE, review.unitId);
            Records.expectVersion(review.version, expectedVersion, "review " + reviewId);
            if (review.status != ReviewStatus.ASSESSED) {
                throw ValidationException.of(null, NOT_ASSESSED);
            }
            if (decidedOn.isBefore(review.assessedOn)) {
                throw ValidationException.of("decidedOn", DECIDED_ON);
            }
            boolean followUp = adopted && review.proposal != Proposal.KEEP;
            // the clock starts with the row in force on the decision day and stays on the record
            review.decide(adopted, ref, decidedOn, followUp ? ctx.rules().dueDate(IMPLEMENT_RULE, decidedOn,
                    Set.of()) : null, followUp ? IMPLEMENT_RULE : null);
            em.flush();
            return toReview(review, em.find(ProcedureEntity.class, review.procedureId), today);
        }, saved -> ctx.audited("procedure-review.review.decided", user, "procedure-review.review", saved.id(),
                saved.unitId(), Map.of("status", saved.status().name(), "decision", saved.decisionRef(),
                        "decidedOn", decidedOn.toString())));
    }

    @Override
    public Review implement(long reviewId, long expectedVersion, LocalDate implementedOn, String followUp,
            UserPrincipal user) {
        List<Violation> problems = new ArrayList<>();
        String text = Texts.required(problems, "followUp", followUp, Assessment.FINDINGS_MAX,
                FOLLOW_UP_REQUIRED);
        LocalDate today = ctx.today();
        if (implementedOn == null || implementedOn.isAfter(today)) {
            problems.add(Violation.of("implementedOn", IMPLEMENTED_ON));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return ctx.store().audited(em -> {
            ReviewEntity review = Context.found(em, ReviewEntity.class, reviewId);
            ctx.access().check(user, ProcedurePermissions.MANAGE, review.unitId);
            Records.expectVersion(review.version, expectedVersion, "review " + reviewId);
            if (review.status != ReviewStatus.ADOPTED) {
                throw ValidationException.of(null, NOT_ADOPTED);
            }
            if (implementedOn.isBefore(review.decidedOn)) {
                throw ValidationException.of("implementedOn", IMPLEMENTED_ON);
            }
            review.implement(implementedOn, text);
            ProcedureEntity procedure = Context.found(em, ProcedureEntity.class, review.procedureId);
            // the register follows the decision carried out: a cut procedure stays on it as abolished, for history
            if (review.proposal == Proposal.CUT) {
                procedure.abolish();
            } else if (review.proposal == Proposal.SIMPLIFY) {
                procedure.simplify(review.proposedDays, review.proposedFee);
            }
            em.flush();
            return toReview(review, procedure, today);
        }, saved -> ctx.audited("procedure-review.review.implemented", user, "procedure-review.review", saved.id(),
                saved.unitId(), Map.of("proposal", saved.proposal().name(), "procedure", saved.procedureCode(),
                        "implementedOn", implementedOn.toString())));
    }

    /** The assessment with its texts stripped, or every problem of the input at once. */
    static Assessment validated(Assessment a) {
        List<Violation> problems = new ArrayList<>();
        String findings = Texts.required(problems, "findings", a.findings(), Assessment.FINDINGS_MAX,
                Assessment.FINDINGS_REQUIRED);
        if (a.proposal() == null) {
            problems.add(Violation.of("proposal", Assessment.PROPOSAL_REQUIRED));
        } else if (a.proposal() == Proposal.KEEP && !(a.necessary() && a.lawful())) {
            // an unnecessary or unlawful procedure cannot stay as it is (Decree 63/2010, art. 7 and 8)
            problems.add(Violation.of("proposal", Assessment.KEEP_REFUSED));
        }
        boolean simplify = a.proposal() == Proposal.SIMPLIFY;
        if (simplify && (a.proposedDays() == null || a.proposedDays() < 0)) {
            problems.add(Violation.of("proposedDays", Assessment.PROPOSED_DAYS_RANGE, ProcedureDraft.DAYS_MAX));
        }
        if (simplify && (a.proposedFeeVnd() == null || a.proposedFeeVnd() < 0)) {
            problems.add(Violation.of("proposedFeeVnd", Assessment.PROPOSED_FEE_RANGE, ProcedureDraft.FEE_MAX));
        }
        if (a.yearlyDossiers() != null && (a.yearlyDossiers() < 0 || a.yearlyDossiers() > Assessment.DOSSIERS_MAX)) {
            problems.add(Violation.of("yearlyDossiers", Assessment.DOSSIERS_RANGE, Assessment.DOSSIERS_MAX));
        }
        Set<String> numbers = new LinkedHashSet<>();
        for (String n : a.caseNumbers()) {
            if (n != null && !n.isBlank()) {
                numbers.add(n.strip());
            }
        }
        if (numbers.size() > Assessment.CASES_MAX) {
            problems.add(Violation.of("caseNumbers", Assessment.CASES_TOO_MANY, Assessment.CASES_MAX));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Assessment(a.necessary(), a.lawful(), a.rational(), a.efficient(), findings,
                List.copyOf(numbers), a.proposal(), simplify ? a.proposedDays() : null,
                simplify ? a.proposedFeeVnd() : null, a.yearlyDossiers());
    }

    /** A simplification may not lengthen the time or raise the fee. */
    private static void refuseLonger(Assessment a, ProcedureEntity procedure) {
        List<Violation> problems = new ArrayList<>();
        if (a.proposedDays() > procedure.processingDays) {
            problems.add(Violation.of("proposedDays", Assessment.PROPOSED_DAYS_RANGE, procedure.processingDays));
        }
        if (a.proposedFeeVnd() > procedure.feeVnd) {
            problems.add(Violation.of("proposedFeeVnd", Assessment.PROPOSED_FEE_RANGE, procedure.feeVnd));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** The typed case numbers checked with the case engine, as it writes them; all unknown ones refused at once. */
    private List<String> linkedCases(List<String> typed, UserPrincipal user) {
        if (typed.isEmpty()) {
            return List.of();
        }
        if (!ctx.cases().available()) {
            throw ValidationException.of("caseNumbers", Assessment.CASES_UNAVAILABLE);
        }
        Set<String> numbers = new LinkedHashSet<>();
        List<Violation> problems = new ArrayList<>();
        for (String n : typed) {
            Optional<String> found = ctx.cases().number(user, n);
            if (found.isPresent()) {
                numbers.add(found.get());
            } else {
                problems.add(Violation.of("caseNumbers", Assessment.CASE_UNKNOWN, n));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return List.copyOf(numbers);
    }

    static Optional<ReviewEntity> reviewOf(EntityManager em, long roundId, long procedureId) {
        return em.createQuery("SELECT r FROM PrReview r WHERE r.roundId = :r AND r.procedureId = :p",
                ReviewEntity.class).setParameter("r", roundId).setParameter("p", procedureId).getResultList()
                .stream().findFirst();
    }

    private ReviewRound toRound(EntityManager em, RoundEntity r, LocalDate today) {
        long assessed = em.createQuery("SELECT COUNT(v) FROM PrReview v WHERE v.roundId = :r", Long.class)
                .setParameter("r", r.id).getSingleResult();
        long inForce = em.createQuery("SELECT COUNT(p) FROM PrProcedure p WHERE p.unitId = :u AND p.abolished = false",
                Long.class).setParameter("u", r.unitId).getSingleResult();
        // procedures cut in this round have left the register but were part of it
        long cut = em.createQuery("SELECT COUNT(v) FROM PrReview v WHERE v.roundId = :r AND v.proposal = :c"
                + " AND v.status = :s", Long.class).setParameter("r", r.id).setParameter("c", Proposal.CUT)
                .setParameter("s", ReviewStatus.IMPLEMENTED).getSingleResult();
        int procedures = (int) (inForce + cut);
        return new ReviewRound(r.id, r.version, r.unitId, r.year, r.title, r.startedOn, r.dueOn, r.dueRule,
                today.isAfter(r.dueOn) && assessed < procedures, procedures, (int) assessed);
    }

    /** Reviews with their procedures' codes and names. */
    static List<Review> toReviews(EntityManager em, List<ReviewEntity> reviews, LocalDate today) {
        Map<Long, ProcedureEntity> procedures = new HashMap<>();
        List<Review> result = new ArrayList<>();
        for (ReviewEntity r : reviews) {
            ProcedureEntity p = procedures.computeIfAbsent(r.procedureId, id -> em.find(ProcedureEntity.class, id));
            result.add(toReview(r, p, today));
        }
        result.sort(java.util.Comparator.comparing(Review::procedureCode).thenComparing(Review::id));
        return result;
    }

    static Review toReview(ReviewEntity r, ProcedureEntity p, LocalDate today) {
        boolean late = r.status == ReviewStatus.ADOPTED && r.implementBy != null && today.isAfter(r.implementBy);
        return new Review(r.id, r.version, r.roundId, r.procedureId, r.unitId, p == null ? "?" : p.code,
                p == null ? "?" : p.name, r.necessary, r.lawful, r.rational, r.efficient, r.findings,
                r.caseNumberList(), r.proposal, r.currentDays, r.currentFee, r.proposedDays, r.proposedFee,
                r.yearlyDossiers, r.status, r.decisionRef, r.decidedOn, r.implementBy, r.implementedOn, r.followUp,
                late);
    }
}
