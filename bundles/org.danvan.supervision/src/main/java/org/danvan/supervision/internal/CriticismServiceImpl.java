package org.danvan.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.Texts;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.Records;
import org.danvan.supervision.api.Criticism;
import org.danvan.supervision.api.CriticismDraft;
import org.danvan.supervision.api.CriticismService;
import org.danvan.supervision.api.CriticismState;
import org.danvan.supervision.api.OpinionDecision;
import org.danvan.supervision.api.SupervisionPermissions;
import org.danvan.supervision.api.SupervisionService;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Social criticism of drafts: register, conference, opinions, sending, the drafting body's explanations. */
final class CriticismServiceImpl implements CriticismService {

    private final Context ctx;

    CriticismServiceImpl(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<Criticism> criticisms(long unitId, int year, UserPrincipal user) {
        Set<Long> units = ctx.readableSubtree(user, unitId);
        if (units.isEmpty()) {
            return List.of();
        }
        return ctx.store().read(em -> em.createQuery("SELECT c FROM SvCriticism c WHERE c.unitId IN :u"
                + " AND c.receivedOn >= :f AND c.receivedOn <= :t ORDER BY c.receivedOn, c.id", CriticismEntity.class)
                .setParameter("u", units).setParameter("f", LocalDate.of(year, 1, 1))
                .setParameter("t", LocalDate.of(year, 12, 31)).getResultList().stream()
                .map(c -> toCriticism(em, c)).toList());
    }

    @Override
    public Optional<Criticism> criticism(long id, UserPrincipal user) {
        return ctx.store().read(em -> Optional.ofNullable(em.find(CriticismEntity.class, id))
                .filter(c -> mayRead(user, c)).map(c -> toCriticism(em, c)));
    }

    private boolean mayRead(UserPrincipal user, CriticismEntity c) {
        return ctx.readScope(user).covers(c.unitId)
                || c.draftingUnitId != null && ctx.readScope(user).covers(c.draftingUnitId);
    }

    @Override
    public Criticism register(CriticismDraft draft, UserPrincipal user) {
        List<Violation> problems = new ArrayList<>(draft.validate(ctx.today()));
        if (draft.draftingUnitId() != null && ctx.units().find(draft.draftingUnitId()).isEmpty()) {
            problems.add(Violation.of("draftingUnitId", CriticismDraft.BODY_REQUIRED, CriticismDraft.TITLE_MAX));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ctx.access().check(user, SupervisionPermissions.MANAGE, draft.unitId());
        String unitName = ctx.unitName(draft.unitId());
        return ctx.store().audited(em -> {
            CriticismEntity entity = new CriticismEntity();
            entity.unitId = draft.unitId();
            entity.unitName = unitName;
            entity.draftTitle = draft.draftTitle();
            entity.draftingBody = draft.draftingBody();
            entity.draftingUnitId = draft.draftingUnitId();
            entity.form = draft.form();
            entity.receivedOn = draft.receivedOn();
            entity.state = CriticismState.RECEIVED;
            em.persist(entity);
            em.flush();
            return toCriticism(em, entity);
        }, saved -> ctx.audited("supervision.criticism.registered", user, "supervision.criticism", saved.id(),
                saved.unitId(), Map.of("form", saved.form().name(), "receivedOn", saved.receivedOn().toString())));
    }

    @Override
    public Criticism holdConference(long id, long expectedVersion, LocalDate heldOn, String summary,
            UserPrincipal user) {
        LocalDate today = ctx.today();
        List<Violation> problems = new ArrayList<>();
        if (heldOn == null || heldOn.isAfter(today)) {
            problems.add(Violation.of("conferenceOn", CONFERENCE_DAY));
        }
        String text = Texts.required(problems, "conferenceSummary", summary, TEXT_MAX, SUMMARY_REQUIRED);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return ctx.store().audited(em -> {
            CriticismEntity entity = managed(em, id, expectedVersion, user);
            inState(entity, CriticismState.RECEIVED);
            if (heldOn.isBefore(entity.receivedOn)) {
                throw ValidationException.of("conferenceOn", CONFERENCE_DAY);
            }
            entity.conferenceHeld(heldOn, text);
            em.flush();
            return toCriticism(em, entity);
        }, saved -> ctx.audited("supervision.criticism.conference-held", user, "supervision.criticism", id,
                saved.unitId(), Map.of("heldOn", heldOn.toString())));
    }

    @Override
    public Criticism addOpinion(long id, String author, String content, UserPrincipal user) {
        List<Violation> problems = new ArrayList<>();
        String who = Texts.required(problems, "author", author, AUTHOR_MAX, AUTHOR_REQUIRED);
        String text = Texts.required(problems, "content", content, TEXT_MAX, OPINION_REQUIRED);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return ctx.store().audited(em -> {
            CriticismEntity entity = Context.found(em, CriticismEntity.class, id);
            ctx.access().check(user, SupervisionPermissions.MANAGE, entity.unitId);
            if (entity.state != CriticismState.RECEIVED && entity.state != CriticismState.CONFERENCE_HELD) {
                throw ValidationException.of(null, SupervisionService.WRONG_STATE);
            }
            OpinionEntity opinion = new OpinionEntity();
            opinion.criticismId = entity.id;
            opinion.author = who;
            opinion.content = text;
            em.persist(opinion);
            // a new opinion changes what the criticism sends: its version moves
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return toCriticism(em, entity);
        }, saved -> ctx.audited("supervision.criticism.opinion-added", user, "supervision.criticism", id,
                saved.unitId(), Map.of("opinions", Integer.toString(saved.opinions().size()))));
    }

    @Override
    public Criticism send(long id, long expectedVersion, LocalDate sentOn, UserPrincipal user) {
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            CriticismEntity entity = managed(em, id, expectedVersion, user);
            if (entity.state != CriticismState.RECEIVED && entity.state != CriticismState.CONFERENCE_HELD) {
                throw ValidationException.of(null, SupervisionService.WRONG_STATE);
            }
            if (opinionsOf(em, id).isEmpty()) {
                throw ValidationException.of(null, NO_OPINION);
            }
            LocalDate earliest = entity.conferenceOn == null ? entity.receivedOn : entity.conferenceOn;
            if (sentOn == null || sentOn.isAfter(today) || sentOn.isBefore(earliest)) {
                throw ValidationException.of("sentOn", SENT_DAY, Context.shown(earliest));
            }
            entity.sent(sentOn);
            em.flush();
            return toCriticism(em, entity);
        }, saved -> ctx.audited("supervision.criticism.sent", user, "supervision.criticism", id, saved.unitId(),
                Map.of("sentOn", sentOn.toString())));
    }

    @Override
    public Criticism explain(long opinionId, long expectedVersion, OpinionDecision decision,
            String explanation, UserPrincipal user) {
        List<Violation> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(Violation.of("decision", DECISION_REQUIRED));
        }
        String text = Texts.required(problems, "explanation", explanation, TEXT_MAX, EXPLANATION_REQUIRED);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return ctx.store().audited(em -> {
            OpinionEntity opinion = Context.found(em, OpinionEntity.class, opinionId);
            CriticismEntity entity = Context.found(em, CriticismEntity.class, opinion.criticismId);
            mayExplain(user, entity);
            Records.expectVersion(opinion.version, expectedVersion, "opinion " + opinionId);
            if (entity.state != CriticismState.SENT && entity.state != CriticismState.EXPLAINED) {
                throw ValidationException.of(null, SupervisionService.WRONG_STATE);
            }
            opinion.explained(decision, text);
            em.flush();
            if (opinionsOf(em, entity.id).stream().allMatch(o -> o.decision != null)
                    && entity.state == CriticismState.SENT) {
                entity.explained();
                em.flush();
            }
            return toCriticism(em, entity);
        }, saved -> ctx.audited("supervision.criticism.explained", user, "supervision.criticism", saved.id(),
                saved.unitId(), Map.of("opinion", Long.toString(opinionId), "decision", decision.name())));
    }

    /** The drafting unit answering for itself, or the organisation recording the explanation it received. */
    private void mayExplain(UserPrincipal user, CriticismEntity entity) {
        boolean drafting = entity.draftingUnitId != null
                && ctx.access().isPermitted(user, SupervisionPermissions.ANSWER, entity.draftingUnitId);
        if (!drafting && !ctx.access().isPermitted(user, SupervisionPermissions.MANAGE, entity.unitId)) {
            throw new AccessDeniedException(user.login(), SupervisionPermissions.ANSWER,
                    entity.draftingUnitId == null ? entity.unitId : entity.draftingUnitId);
        }
    }

    private CriticismEntity managed(EntityManager em, long id, long expectedVersion, UserPrincipal user) {
        CriticismEntity entity = Context.found(em, CriticismEntity.class, id);
        ctx.access().check(user, SupervisionPermissions.MANAGE, entity.unitId);
        Records.expectVersion(entity.version, expectedVersion, "criticism " + id);
        return entity;
    }

    private static void inState(CriticismEntity entity, CriticismState expected) {
        if (entity.state != expected) {
            throw ValidationException.of(null, SupervisionService.WRONG_STATE);
        }
    }

    static List<OpinionEntity> opinionsOf(EntityManager em, long criticismId) {
        return em.createQuery("SELECT o FROM SvOpinion o WHERE o.criticismId = :c ORDER BY o.id", OpinionEntity.class)
                .setParameter("c", criticismId).getResultList();
    }

    static Criticism toCriticism(EntityManager em, CriticismEntity c) {
        return new Criticism(c.id, c.version, c.unitId, c.unitName, c.draftTitle, c.draftingBody, c.draftingUnitId,
                c.form, c.receivedOn, c.conferenceOn, c.conferenceSummary, c.sentOn, c.state, opinionsOf(em, c.id)
                        .stream().map(o -> new Criticism.Opinion(o.id, o.version, o.author, o.content, o.decision,
                                o.explanation)).toList());
    }
}
