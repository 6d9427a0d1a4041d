package org.danvan.grassroots.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.danvan.grassroots.api.Comment;
import org.danvan.grassroots.api.CommentChannel;
import org.danvan.grassroots.api.CommentDraft;
import org.danvan.grassroots.api.Consultation;
import org.danvan.grassroots.api.ConsultationDraft;
import org.danvan.grassroots.api.ConsultationService;
import org.danvan.grassroots.api.DisclosureService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.PublicConsultation;
import org.danvan.grassroots.api.PublicDisclosures;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.api.StatutoryRule;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** Consultations and their comments on the module's tables; the public page's part takes no user at all. */
final class ConsultationServiceImpl implements ConsultationService {

    static final String PERIOD = "grassroots.comment.period";
    /** The audit's actor for a comment left on the public page (no account). */
    static final String PUBLIC_ACTOR = "public-page";

    private final EntityStore store;
    private final AccessControl access;
    private final OrgUnitDirectory units;
    private final AuditTrail audit;
    private final RuleTable rules;
    private final Clock clock;
    private final CommentLimiter limiter;
    private final ContactProtector contacts;

    ConsultationServiceImpl(EntityStore store, AccessControl access, OrgUnitDirectory units, AuditTrail audit,
            RuleTable rules, Clock clock, CommentLimiter limiter, ContactProtector contacts) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
        this.limiter = limiter;
        this.contacts = contacts;
    }

    private AccessScope readScope(UserPrincipal user) {
        return access.scopeOfAny(user, GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_DECISIONS);
    }

    @Override
    public List<Consultation> list(UserPrincipal user) {
        AccessScope scope = readScope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return store.read(em -> {
            return Readers.inScope(em, "SELECT c", "Consultation c", ConsultationEntity.class, scope,
                    " ORDER BY c.opensOn DESC, c.id DESC").setMaxResults(500).getResultList().stream()
                    .map(c -> toConsultation(em, c)).toList();
        });
    }

    @Override
    public Consultation create(ConsultationDraft draft, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        List<Violation> problems = new ArrayList<>(Objects.requireNonNull(draft, "draft").validate());
        if (draft.opensOn() != null && draft.closesOn() != null) {
            StatutoryRule period = rules.rule(PERIOD, draft.opensOn()).orElse(null);
            int minimum = period == null ? 0 : rules.limit(PERIOD, draft.opensOn(), Set.of());
            // the period counts both its first and its last day
            if (ChronoUnit.DAYS.between(draft.opensOn(), draft.closesOn()) + 1 < minimum) {
                problems.add(Violation.of("closesOn", ConsultationDraft.PERIOD_TOO_SHORT, minimum,
                        period.citation()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        access.check(user, GrassrootsPermissions.MANAGE_DECISIONS, draft.unitId());
        String unitName = units.find(draft.unitId()).map(OrgUnitInfo::name)
                .orElseThrow(() -> ValidationException.of("unitId", ConsultationDraft.UNIT_REQUIRED));
        return store.audited(em -> {
            ConsultationEntity entity = new ConsultationEntity(draft, unitName, user.login(), now());
            em.persist(entity);
            em.flush();
            return toConsultation(em, entity);
        }, saved -> audited("grassroots.consultation.created", user.login(), user.userId(), "grassroots.consultation",
                saved.id(), saved.unitId(), Map.of("title", saved.title(), "closesOn",
                        saved.closesOn().toString())));
    }

    @Override
    public List<Comment> comments(long consultationId, UserPrincipal user) {
        return store.read(em -> {
            ConsultationEntity consultation = em.find(ConsultationEntity.class, consultationId);
            if (consultation == null || !readScope(user).covers(consultation.getUnitId())) {
                return List.<Comment>of();
            }
            return em.createQuery("SELECT c FROM Comment c WHERE c.consultationId = :id ORDER BY c.receivedOn, c.id",
                    CommentEntity.class).setParameter("id", consultationId).getResultList().stream()
                    .map(this::toComment).toList();
        });
    }

    @Override
    public Comment addComment(long consultationId, CommentChannel channel, CommentDraft draft, UserPrincipal user) {
        Objects.requireNonNull(channel, "channel");
        requireValid(draft);
        LocalDate today = PlatformTime.today(clock);
        return store.audited(em -> {
            ConsultationEntity consultation = em.find(ConsultationEntity.class, consultationId);
            if (consultation == null) {
                throw ValidationException.of(null, DisclosureService.GONE);
            }
            access.check(user, GrassrootsPermissions.MANAGE_DECISIONS, consultation.getUnitId());
            if (today.isBefore(consultation.getOpensOn()) || today.isAfter(consultation.getClosesOn())) {
                throw ValidationException.of(null, PublicDisclosures.NOT_OPEN);
            }
            CommentEntity comment = new CommentEntity(consultationId, channel, draft,
                    contacts.seal(consultationId, draft.contact()), today);
            em.persist(comment);
            em.flush();
            return toComment(comment);
        }, saved -> audited("grassroots.comment.added", user.login(), user.userId(), "grassroots.comment", saved.id(),
                null,
                Map.of("consultation", Long.toString(consultationId), "channel", channel.name())));
    }

    @Override
    public Comment decide(long commentId, long expectedVersion, boolean taken, UserPrincipal user) {
        return store.audited(em -> {
            CommentEntity comment = em.find(CommentEntity.class, commentId);
            if (comment == null) {
                throw ValidationException.of(null, DisclosureService.GONE);
            }
            ConsultationEntity consultation = em.find(ConsultationEntity.class, comment.getConsultationId());
            access.check(user, GrassrootsPermissions.MANAGE_DECISIONS, consultation.getUnitId());
            if (comment.getVersion() != expectedVersion) {
                throw new OptimisticLockException("comment " + commentId + " changed", null, comment);
            }
            comment.setTaken(taken);
            em.flush();
            return toComment(comment);
        }, saved -> audited("grassroots.comment.decided", user.login(), user.userId(), "grassroots.comment",
                saved.id(), null,
                Map.of("taken", Boolean.toString(taken))));
    }

    @Override
    public Consultation publishExplanation(long id, long expectedVersion, String explanation, UserPrincipal user) {
        String text = explanation == null ? "" : explanation.strip();
        if (text.isEmpty() || text.length() > EXPLANATION_MAX_LENGTH) {
            throw ValidationException.of("explanation", EXPLANATION_LENGTH, EXPLANATION_MAX_LENGTH);
        }
        LocalDate today = PlatformTime.today(clock);
        return store.audited(em -> {
            ConsultationEntity consultation = em.find(ConsultationEntity.class, id);
            if (consultation == null) {
                throw ValidationException.of(null, DisclosureService.GONE);
            }
            access.check(user, GrassrootsPermissions.MANAGE_DECISIONS, consultation.getUnitId());
            if (consultation.getVersion() != expectedVersion) {
                throw new OptimisticLockException("consultation " + id + " changed", null, consultation);
            }
            if (!today.isAfter(consultation.getClosesOn())) {
                throw ValidationException.of("explanation", NOT_CLOSED);
            }
            consultation.explain(text, today, now());
            em.flush();
            return toConsultation(em, consultation);
        }, saved -> audited("grassroots.consultation.explained", user.login(), user.userId(), "grassroots.consultation",
                saved.id(), saved.unitId(), Map.of("title", saved.title())));
    }

    /** The public page's consultations of an area: open ones, and closed ones with their explanation. */
    List<PublicConsultation> publicConsultations(Set<Long> area) {
        LocalDate today = PlatformTime.today(clock);
        return store.read(em -> em.createQuery("SELECT c FROM Consultation c WHERE c.unitId IN :units"
                + " AND c.opensOn <= :today ORDER BY c.closesOn DESC, c.id DESC", ConsultationEntity.class)
                .setParameter("units", area).setParameter("today", today).setMaxResults(100).getResultList()
                .stream().filter(c -> !today.isAfter(c.getClosesOn()) || c.getExplanation() != null)
                .map(c -> new PublicConsultation(c.getId(), c.getTitle(), c.getDraft(), c.getClosesOn(),
                        !today.isAfter(c.getClosesOn()), c.getExplanation()))
                .toList());
    }

    /** A citizen's comment from the public page of an area. */
    void publicComment(Set<Long> area, long consultationId, CommentDraft draft, String requesterKey) {
        requireValid(draft);
        LocalDate today = PlatformTime.today(clock);
        ConsultationEntity consultation = store.read(em -> em.find(ConsultationEntity.class, consultationId));
        if (consultation == null || !area.contains(consultation.getUnitId())
                || today.isBefore(consultation.getOpensOn()) || today.isAfter(consultation.getClosesOn())) {
            throw ValidationException.of(null, PublicDisclosures.NOT_OPEN);
        }
        // the limit is taken last: a refused comment does not use up a place
        if (!limiter.tryAcquire(requesterKey)) {
            throw ValidationException.of(null, PublicDisclosures.RATE_LIMITED);
        }
        store.audited(em -> {
            CommentEntity comment = new CommentEntity(consultationId, CommentChannel.PUBLIC_PAGE, draft,
                    contacts.seal(consultationId, draft.contact()), today);
            em.persist(comment);
            em.flush();
            return toComment(comment);
        }, saved -> audited("grassroots.comment.added", PUBLIC_ACTOR, null, "grassroots.comment", saved.id(),
                consultation.getUnitId(), Map.of("consultation", Long.toString(consultationId), "channel",
                        CommentChannel.PUBLIC_PAGE.name())));
    }

    private static void requireValid(CommentDraft draft) {
        List<Violation> problems = Objects.requireNonNull(draft, "draft").validate();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Contact details never go into the trail: the person's data stays in the comment only. */
    private void audited(String action, String login, Long userId, String type, long id, Long unitId,
            Map<String, String> details) {
        audit.record(new AuditEvent(action, login, userId, type, Long.toString(id), unitId, details, null));
    }

    private static Consultation toConsultation(EntityManager em, ConsultationEntity c) {
        long comments = em.createQuery("SELECT COUNT(m) FROM Comment m WHERE m.consultationId = :id", Long.class)
                .setParameter("id", c.getId()).getSingleResult();
        return new Consultation(c.getId(), c.getVersion(), c.getUnitId(), c.getUnitName(), c.getTitle(), c.getDraft(),
                c.getOpensOn(), c.getClosesOn(), comments, c.getExplanation(), c.getExplainedOn());
    }

    private Comment toComment(CommentEntity c) {
        return new Comment(c.getId(), c.getVersion(), c.getConsultationId(), c.getChannel(), c.getText(),
                c.getAuthorName(), contacts.open(c), c.getReceivedOn(), c.getTaken());
    }
}
