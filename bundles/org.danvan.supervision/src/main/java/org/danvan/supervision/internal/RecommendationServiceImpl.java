package org.danvan.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.Texts;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.Records;
import org.danvan.supervision.api.ProgrammeState;
import org.danvan.supervision.api.Recommendation;
import org.danvan.supervision.api.RecommendationService;
import org.danvan.supervision.api.RecommendationState;
import org.danvan.supervision.api.SupervisionPermissions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Recommendations, their answers by the units addressed and their follow-up by the organisation. */
final class RecommendationServiceImpl implements RecommendationService {

    private final Context ctx;

    RecommendationServiceImpl(Context ctx) {
        this.ctx = ctx;
    }

    /** The organisation that made it, or the unit that owes the answer, is in the user's reading scope. */
    private boolean mayRead(AccessScope scope, RecommendationEntity r) {
        return scope.covers(r.unitId) || scope.covers(r.addresseeUnitId);
    }

    @Override
    public List<Recommendation> ofProgramme(long programmeId, UserPrincipal user) {
        AccessScope scope = ctx.readScope(user);
        return ctx.store().read(em -> {
            List<RecommendationEntity> rows = em.createQuery("SELECT r FROM SvRecommendation r"
                    + " WHERE r.programmeId = :p ORDER BY r.id", RecommendationEntity.class)
                    .setParameter("p", programmeId).getResultList();
            return rows.stream().filter(r -> mayRead(scope, r)).map(r -> toRecommendation(em, r)).toList();
        });
    }

    @Override
    public List<Recommendation> owedBy(UserPrincipal user) {
        AccessScope scope = ctx.access().scope(user, SupervisionPermissions.ANSWER);
        if (scope.isEmpty()) {
            return List.of();
        }
        return ctx.store().read(em -> {
            List<RecommendationEntity> rows = em.createQuery("SELECT r FROM SvRecommendation r"
                    + " WHERE r.state IN :open ORDER BY r.answerDueOn, r.id", RecommendationEntity.class)
                    .setParameter("open", List.of(RecommendationState.NOT_YET, RecommendationState.PARTLY))
                    .getResultList();
            return rows.stream().filter(r -> scope.covers(r.addresseeUnitId)).map(r -> toRecommendation(em, r))
                    .toList();
        });
    }

    @Override
    public List<Recommendation> issuedIn(long unitId, LocalDate from, LocalDate to, UserPrincipal user) {
        Set<Long> units = ctx.readableSubtree(user, unitId);
        if (units.isEmpty()) {
            return List.of();
        }
        return ctx.store().read(em -> issued(em, units, from, to).stream().map(r -> toRecommendation(em, r))
                .toList());
    }

    /** Made by, or addressed to, one of the units, issued in the period. */
    static List<RecommendationEntity> issued(EntityManager em, Collection<Long> units, LocalDate from,
            LocalDate to) {
        return em.createQuery("SELECT r FROM SvRecommendation r WHERE (r.unitId IN :u OR r.addresseeUnitId IN :u)"
                + " AND r.issuedOn >= :f AND r.issuedOn <= :t ORDER BY r.issuedOn, r.id", RecommendationEntity.class)
                .setParameter("u", units).setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public Recommendation issue(long programmeId, Long addresseeUnitId, String content, UserPrincipal user) {
        List<Violation> problems = new ArrayList<>();
        String text = Texts.required(problems, "content", content, TEXT_MAX, CONTENT_REQUIRED);
        if (addresseeUnitId == null || ctx.units().find(addresseeUnitId).isEmpty()) {
            problems.add(Violation.of("addresseeUnitId", ADDRESSEE_REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String addresseeName = ctx.unitName(addresseeUnitId);
        LocalDate today = ctx.today();
        LocalDate due = ctx.rules().dueDate(ANSWER_RULE, today, Set.of());
        return ctx.store().audited(em -> {
            ProgrammeEntity programme = Context.found(em, ProgrammeEntity.class, programmeId);
            ctx.access().check(user, SupervisionPermissions.MANAGE, programme.unitId);
            if (programme.state != ProgrammeState.HELD && programme.state != ProgrammeState.REPORTED) {
                throw ValidationException.of(null, NOT_HELD);
            }
            RecommendationEntity entity = new RecommendationEntity();
            entity.programmeId = programme.id;
            entity.unitId = programme.unitId;
            entity.addresseeUnitId = addresseeUnitId;
            entity.addresseeName = addresseeName;
            entity.content = text;
            entity.issuedOn = today;
            entity.answerDueOn = due;
            entity.state = RecommendationState.NOT_YET;
            em.persist(entity);
            em.flush();
            return toRecommendation(em, entity);
        }, saved -> ctx.audited("supervision.recommendation.issued", user, "supervision.recommendation", saved.id(),
                saved.unitId(), Map.of("addressee", Long.toString(addresseeUnitId), "answerDueOn", due.toString())));
    }

    @Override
    public Recommendation answer(long id, long expectedVersion, RecommendationState state, String answer,
            LocalDate answeredOn, UserPrincipal user) {
        LocalDate today = ctx.today();
        List<Violation> problems = new ArrayList<>();
        if (state != RecommendationState.ANSWERED && state != RecommendationState.PARTLY) {
            problems.add(Violation.of("state", ANSWER_STATE));
        }
        String text = Texts.required(problems, "answer", answer, TEXT_MAX, ANSWER_REQUIRED);
        if (answeredOn == null || answeredOn.isAfter(today)) {
            problems.add(Violation.of("answeredOn", ANSWERED_DAY));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return ctx.store().audited(em -> {
            RecommendationEntity entity = Context.found(em, RecommendationEntity.class, id);
            ctx.access().check(user, SupervisionPermissions.ANSWER, entity.addresseeUnitId);
            Records.expectVersion(entity.version, expectedVersion, "recommendation " + id);
            if (entity.state == RecommendationState.CLOSED) {
                throw ValidationException.of(null, CLOSED);
            }
            if (answeredOn.isBefore(entity.issuedOn)) {
                throw ValidationException.of("answeredOn", ANSWERED_DAY);
            }
            entity.answered(state, text, answeredOn);
            em.flush();
            return toRecommendation(em, entity);
        }, saved -> ctx.audited("supervision.recommendation.answered", user, "supervision.recommendation", id,
                saved.addresseeUnitId(), Map.of("state", state.name(), "answeredOn", answeredOn.toString(),
                        "onTime", Boolean.toString(saved.answeredOnTime()))));
    }

    @Override
    public Recommendation followUp(long id, long expectedVersion, String note, UserPrincipal user) {
        return noted(id, expectedVersion, note, user, false);
    }

    @Override
    public Recommendation close(long id, long expectedVersion, String note, UserPrincipal user) {
        return noted(id, expectedVersion, note, user, true);
    }

    private Recommendation noted(long id, long expectedVersion, String note, UserPrincipal user, boolean close) {
        List<Violation> problems = new ArrayList<>();
        String text = Texts.required(problems, "note", note, TEXT_MAX, NOTE_REQUIRED);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            RecommendationEntity entity = Context.found(em, RecommendationEntity.class, id);
            ctx.access().check(user, SupervisionPermissions.MANAGE, entity.unitId);
            Records.expectVersion(entity.version, expectedVersion, "recommendation " + id);
            if (entity.state == RecommendationState.CLOSED) {
                throw ValidationException.of(null, CLOSED);
            }
            if (close && entity.state == RecommendationState.NOT_YET) {
                throw ValidationException.of(null, NOT_ANSWERED);
            }
            FollowUpEntity followUp = new FollowUpEntity();
            followUp.recommendationId = entity.id;
            followUp.notedOn = today;
            followUp.note = text;
            followUp.notedBy = user.login();
            em.persist(followUp);
            if (close) {
                entity.closed(today);
            } else {
                // a note changes what the recommendation shows: its version moves, so concurrent notes are told
                em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            em.flush();
            return toRecommendation(em, entity);
        }, saved -> ctx.audited(close ? "supervision.recommendation.closed" : "supervision.recommendation.followed-up",
                user, "supervision.recommendation", id, saved.unitId(), Map.of("on", today.toString())));
    }

    static Recommendation toRecommendation(EntityManager em, RecommendationEntity r) {
        ProgrammeEntity programme = em.find(ProgrammeEntity.class, r.programmeId);
        List<Recommendation.FollowUp> notes = em.createQuery("SELECT f FROM SvFollowUp f"
                + " WHERE f.recommendationId = :r ORDER BY f.id", FollowUpEntity.class).setParameter("r", r.id)
                .getResultList().stream().map(f -> new Recommendation.FollowUp(f.notedOn, f.note, f.notedBy))
                .toList();
        return new Recommendation(r.id, r.version, r.programmeId, programme == null ? "" : programme.title,
                r.unitId, r.addresseeUnitId, r.addresseeName, r.content, r.issuedOn, r.answerDueOn, r.state,
                r.answer, r.answeredOn, notes, r.closedOn);
    }

}
