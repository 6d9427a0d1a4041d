package org.danvan.hcmstudy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.danvan.hcmstudy.api.Behaviour;
import org.danvan.hcmstudy.api.Classification;
import org.danvan.hcmstudy.api.Commitment;
import org.danvan.hcmstudy.api.CommitmentDraft;
import org.danvan.hcmstudy.api.CommitmentService;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.hcmstudy.api.Member;
import org.danvan.hcmstudy.api.PendingPerson;
import org.danvan.hcmstudy.api.ProgrammeDraft;
import org.danvan.hcmstudy.api.ReviewStage;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.Records;
import org.danvan.rules.api.RuleFigure;

import jakarta.persistence.EntityManager;

/** Personal commitments, their reviews and the head's classification. */
final class CommitmentServiceImpl implements CommitmentService {

    private static final String NOT_ON_LIST = org.danvan.hcmstudy.api.StudyService.NOT_ON_LIST;

    static final String MID_YEAR_FIGURE = "hcmstudy.review.midyear";
    static final String YEAR_END_FIGURE = "hcmstudy.review.yearend";
    static final int REVIEW_MAX = 2000;

    private final Context ctx;
    private final List<Behaviour> behaviours;

    CommitmentServiceImpl(Context ctx, List<Behaviour> behaviours) {
        this.ctx = ctx;
        this.behaviours = behaviours;
    }

    @Override
    public List<Behaviour> behaviours() {
        return behaviours;
    }

    @Override
    public List<Member> myMemberships(UserPrincipal user) {
        return ctx.store().read(em -> mine(em, user).stream().map(StudyServiceImpl::toMember).toList());
    }

    /** The active member entries carrying the user's login, where they may take part. */
    private List<MemberEntity> mine(EntityManager em, UserPrincipal user) {
        return em.createQuery("SELECT m FROM HsMember m WHERE m.login = :login AND m.active = TRUE ORDER BY m.id",
                MemberEntity.class).setParameter("login", user.login()).getResultList().stream()
                .filter(m -> ctx.access().isPermitted(user, HcmStudyPermissions.PARTICIPATE, m.unitId)).toList();
    }

    /** The person themself (their login, participating), or a keeper of the unit for a person without account. */
    private void checkActsFor(UserPrincipal user, MemberEntity member) {
        boolean self = member.login != null && member.login.equals(user.login())
                && ctx.access().isPermitted(user, HcmStudyPermissions.PARTICIPATE, member.unitId);
        if (!self) {
            if (member.login != null && !ctx.access().isPermitted(user, HcmStudyPermissions.MANAGE, member.unitId)) {
                throw new AccessDeniedException(user.login(), HcmStudyPermissions.PARTICIPATE, member.unitId);
            }
            ctx.access().check(user, HcmStudyPermissions.MANAGE, member.unitId);
        }
    }

    @Override
    public Commitment register(CommitmentDraft draft, UserPrincipal user) {
        Objects.requireNonNull(draft, "draft");
        int thisYear = ctx.today().getYear();
        List<Violation> problems = new ArrayList<>();
        if (draft.memberId() == null) {
            problems.add(Violation.of("memberId", NOT_ON_LIST));
        }
        if (draft.year() == null || draft.year() < ProgrammeDraft.FIRST_YEAR || draft.year() > thisYear + 1) {
            problems.add(Violation.of("year", YEAR, ProgrammeDraft.FIRST_YEAR, thisYear + 1));
        }
        Set<String> known = new HashSet<>();
        behaviours.forEach(b -> known.add(b.id()));
        if (draft.behaviours().isEmpty()) {
            problems.add(Violation.of("behaviours", BEHAVIOURS_REQUIRED));
        } else if (!known.containsAll(draft.behaviours())) {
            problems.add(Violation.of("behaviours", BEHAVIOUR_UNKNOWN));
        }
        if (draft.freeText() != null && draft.freeText().length() > CommitmentDraft.TEXT_MAX) {
            problems.add(Violation.of("freeText", TEXT_LENGTH, CommitmentDraft.TEXT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            MemberEntity member = Context.found(em, MemberEntity.class, draft.memberId());
            checkActsFor(user, member);
            if (!member.active) {
                throw ValidationException.of("memberId", NOT_ON_LIST);
            }
            if (commitmentOf(em, member.id, draft.year()).isPresent()) {
                throw ValidationException.of("year", ALREADY_REGISTERED, draft.year());
            }
            CommitmentEntity entity = new CommitmentEntity();
            entity.unitId = member.unitId;
            entity.memberId = member.id;
            entity.memberName = member.name;
            entity.year = draft.year();
            entity.behaviours = String.join(",", draft.behaviours().stream().distinct().toList());
            entity.freeText = draft.freeText();
            entity.registeredOn = today;
            em.persist(entity);
            em.flush();
            return toCommitment(entity);
        }, saved -> ctx.audited("hcmstudy.commitment.registered", user, "hcmstudy.commitment", saved.id(),
                saved.unitId(), Map.of("year", Integer.toString(saved.year()), "behaviours",
                        Integer.toString(saved.behaviours().size()))));
    }

    private static Optional<CommitmentEntity> commitmentOf(EntityManager em, long memberId, int year) {
        return em.createQuery("SELECT c FROM HsCommitment c WHERE c.memberId = :m AND c.year = :y",
                CommitmentEntity.class).setParameter("m", memberId).setParameter("y", year).getResultList().stream()
                .findFirst();
    }

    /** The first day a review of a year may be written: the year's start plus the rule's months. */
    LocalDate reviewOpensOn(ReviewStage stage, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        String id = stage == ReviewStage.MID_YEAR ? MID_YEAR_FIGURE : YEAR_END_FIGURE;
        // the row in force at the end of the year: the directive dates from May 2016, the first year counted
        RuleFigure months = ctx.rules().figure(id, LocalDate.of(year, 12, 31)).orElseThrow(
                () -> new IllegalStateException("rule " + id + " is missing"));
        return start.plusMonths(months.intValue());
    }

    @Override
    public Commitment review(long commitmentId, long expectedVersion, ReviewStage stage, String text,
            UserPrincipal user) {
        Objects.requireNonNull(stage, "stage");
        String review = text == null ? "" : text.strip();
        if (review.isEmpty() || review.length() > REVIEW_MAX) {
            throw ValidationException.of("review", REVIEW_TEXT, REVIEW_MAX);
        }
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            CommitmentEntity entity = Context.found(em, CommitmentEntity.class, commitmentId);
            checkActsFor(user, Context.found(em, MemberEntity.class, entity.memberId));
            Records.expectVersion(entity.version, expectedVersion, "commitment " + commitmentId);
            if (entity.classification != null) {
                throw ValidationException.of(null, ALREADY_ASSESSED);
            }
            LocalDate opens = reviewOpensOn(stage, entity.year);
            if (today.isBefore(opens)) {
                throw ValidationException.of("review", REVIEW_NOT_YET, Context.shown(opens));
            }
            if (stage == ReviewStage.MID_YEAR) {
                entity.midYearReview(review, today);
            } else {
                entity.yearEndReview(review, today);
            }
            em.flush();
            return toCommitment(entity);
        }, saved -> ctx.audited("hcmstudy.commitment.reviewed", user, "hcmstudy.commitment", saved.id(),
                saved.unitId(), Map.of("stage", stage.name())));
    }

    @Override
    public Commitment assess(long commitmentId, long expectedVersion, Classification classification,
            String comment, UserPrincipal user) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        List<Violation> problems = new ArrayList<>();
        if (classification == null) {
            problems.add(Violation.of("classification", CLASSIFICATION_REQUIRED));
        }
        if (text != null && text.length() > REVIEW_MAX) {
            problems.add(Violation.of("assessment", REVIEW_TEXT, REVIEW_MAX));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            CommitmentEntity entity = Context.found(em, CommitmentEntity.class, commitmentId);
            ctx.access().check(user, HcmStudyPermissions.ASSESS, entity.unitId);
            Records.expectVersion(entity.version, expectedVersion, "commitment " + commitmentId);
            if (entity.classification != null) {
                throw ValidationException.of(null, ALREADY_ASSESSED);
            }
            if (entity.endOn == null) {
                throw ValidationException.of("classification", ASSESS_BEFORE_REVIEW);
            }
            entity.assessed(classification.name(), text, today, user.login());
            em.flush();
            return toCommitment(entity);
        }, saved -> ctx.audited("hcmstudy.commitment.assessed", user, "hcmstudy.commitment", saved.id(),
                saved.unitId(), Map.of("classification", classification.name())));
    }

    @Override
    public List<Commitment> myHistory(UserPrincipal user) {
        return ctx.store().read(em -> {
            List<Long> memberIds = mine(em, user).stream().map(m -> m.id).toList();
            if (memberIds.isEmpty()) {
                return List.<Commitment>of();
            }
            return em.createQuery("SELECT c FROM HsCommitment c WHERE c.memberId IN :ids ORDER BY c.year DESC, c.id",
                    CommitmentEntity.class).setParameter("ids", memberIds).getResultList().stream()
                    .map(CommitmentServiceImpl::toCommitment).toList();
        });
    }

    @Override
    public List<Commitment> ofUnit(long unitId, int year, UserPrincipal user) {
        if (!ctx.mayRead(user, unitId)) {
            return List.of();
        }
        return ctx.store().read(em -> ofUnit(em, unitId, year).stream().map(CommitmentServiceImpl::toCommitment)
                .toList());
    }

    static List<CommitmentEntity> ofUnit(EntityManager em, long unitId, int year) {
        return em.createQuery("SELECT c FROM HsCommitment c WHERE c.unitId = :u AND c.year = :y"
                + " ORDER BY c.memberName, c.id", CommitmentEntity.class).setParameter("u", unitId)
                .setParameter("y", year).getResultList();
    }

    @Override
    public Optional<Commitment> find(long commitmentId, UserPrincipal user) {
        return ctx.store().read(em -> {
            CommitmentEntity entity = em.find(CommitmentEntity.class, commitmentId);
            if (entity == null) {
                return Optional.<Commitment>empty();
            }
            MemberEntity member = em.find(MemberEntity.class, entity.memberId);
            boolean self = member != null && user.login().equals(member.login);
            return self || ctx.mayRead(user, entity.unitId) ? Optional.of(toCommitment(entity)) : Optional.empty();
        });
    }

    @Override
    public List<PendingPerson> pending(long unitId, int year, UserPrincipal user) {
        if (!ctx.mayRead(user, unitId)) {
            return List.of();
        }
        return ctx.store().read(em -> pendingOf(em, StudyServiceImpl.activeMembers(em, unitId), year));
    }

    @Override
    public List<PendingPerson> myPending(UserPrincipal user) {
        int year = ctx.today().getYear();
        return ctx.store().read(em -> pendingOf(em, mine(em, user), year));
    }

    private List<PendingPerson> pendingOf(EntityManager em, List<MemberEntity> members, int year) {
        LocalDate today = ctx.today();
        LocalDate midFrom = reviewOpensOn(ReviewStage.MID_YEAR, year);
        LocalDate endFrom = reviewOpensOn(ReviewStage.YEAR_END, year);
        List<PendingPerson> found = new ArrayList<>();
        for (MemberEntity member : members) {
            Optional<CommitmentEntity> commitment = commitmentOf(em, member.id, year);
            if (commitment.isEmpty()) {
                found.add(new PendingPerson(member.id, member.name, member.login, null, "REGISTRATION"));
                continue;
            }
            CommitmentEntity c = commitment.get();
            if (!today.isBefore(midFrom) && c.midOn == null && c.endOn == null) {
                found.add(new PendingPerson(member.id, member.name, member.login, c.id, ReviewStage.MID_YEAR.name()));
            } else if (!today.isBefore(endFrom) && c.endOn == null) {
                found.add(new PendingPerson(member.id, member.name, member.login, c.id, ReviewStage.YEAR_END.name()));
            }
        }
        return found;
    }

    static Commitment toCommitment(CommitmentEntity c) {
        return new Commitment(c.id, c.version, c.unitId, c.memberId, c.memberName, c.year, c.behaviourList(),
                c.freeText, c.registeredOn, c.midReview, c.midOn, c.endReview, c.endOn,
                c.classification == null ? null : Classification.valueOf(c.classification), c.assessment,
                c.assessedOn);
    }
}
