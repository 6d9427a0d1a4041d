package org.danvan.grassroots.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.danvan.grassroots.api.Board;
import org.danvan.grassroots.api.BoardDraft;
import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.DisclosureService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Recommendation;
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
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.RuleTable;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** People's Inspection Boards and their recommendations on the module's tables. */
final class BoardServiceImpl implements BoardService {

    static final String MEMBERS_MINIMUM = "grassroots.board.members";

    private final EntityStore store;
    private final AccessControl access;
    private final OrgUnitDirectory units;
    private final AuditTrail audit;
    private final RuleTable rules;
    private final Clock clock;

    BoardServiceImpl(EntityStore store, AccessControl access, OrgUnitDirectory units, AuditTrail audit,
            RuleTable rules, Clock clock) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    private AccessScope readScope(UserPrincipal user) {
        return access.scopeOfAny(user, GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_DECISIONS);
    }

    @Override
    public List<Board> boards(UserPrincipal user) {
        AccessScope scope = readScope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return store.read(em -> {
            return Readers.inScope(em, "SELECT b", "Board b", BoardEntity.class, scope,
                    " ORDER BY b.termFrom DESC, b.id DESC").setMaxResults(500).getResultList().stream()
                    .map(b -> toBoard(em, b)).toList();
        });
    }

    @Override
    public Board createBoard(BoardDraft draft, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        List<Violation> problems = new ArrayList<>(Objects.requireNonNull(draft, "draft").validate());
        if (draft.termFrom() != null) {
            RuleFigure minimum = rules.figure(MEMBERS_MINIMUM, draft.termFrom()).orElse(null);
            if (minimum != null && draft.members().size() < minimum.intValue()) {
                problems.add(Violation.of("members", BoardDraft.TOO_FEW, minimum.intValue(), minimum.citation()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        access.check(user, GrassrootsPermissions.MANAGE_DECISIONS, draft.unitId());
        String unitName = units.find(draft.unitId()).map(OrgUnitInfo::name)
                .orElseThrow(() -> ValidationException.of("unitId", BoardDraft.UNIT_REQUIRED));
        // members' names are personal data: the trail keeps how many, not who
        return store.audited(em -> {
            BoardEntity entity = new BoardEntity(draft, unitName, user.login());
            em.persist(entity);
            em.flush();
            return toBoard(em, entity);
        }, saved -> audited("grassroots.board.created", user, "grassroots.board", saved.id(), saved.unitId(),
                Map.of("name", saved.name(), "members", Integer.toString(saved.members().size()))));
    }

    @Override
    public List<Recommendation> recommendations(long boardId, UserPrincipal user) {
        return store.read(em -> {
            BoardEntity board = em.find(BoardEntity.class, boardId);
            if (board == null || !readScope(user).covers(board.getUnitId())) {
                return List.<Recommendation>of();
            }
            return em.createQuery("SELECT r FROM Recommendation r WHERE r.boardId = :id ORDER BY r.sentOn, r.id",
                    RecommendationEntity.class).setParameter("id", boardId).getResultList().stream()
                    .map(BoardServiceImpl::toRecommendation).toList();
        });
    }

    @Override
    public Recommendation recommend(long boardId, String content, LocalDate sentOn, LocalDate dueOn,
            UserPrincipal user) {
        String text = content == null ? "" : content.strip();
        List<Violation> problems = new ArrayList<>();
        if (text.isEmpty() || text.length() > TEXT_MAX_LENGTH) {
            problems.add(Violation.of("content", TEXT_LENGTH, TEXT_MAX_LENGTH));
        }
        LocalDate today = PlatformTime.today(clock);
        if (sentOn == null || sentOn.isAfter(today)) {
            problems.add(Violation.of("sentOn", SENT_REQUIRED));
        }
        if (dueOn == null || sentOn != null && !dueOn.isAfter(sentOn)) {
            problems.add(Violation.of("dueOn", DUE_ORDER));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return store.audited(em -> {
            BoardEntity board = em.find(BoardEntity.class, boardId);
            if (board == null) {
                throw ValidationException.of(null, DisclosureService.GONE);
            }
            access.check(user, GrassrootsPermissions.MANAGE_DECISIONS, board.getUnitId());
            RecommendationEntity entity = new RecommendationEntity(boardId, text, sentOn, dueOn);
            em.persist(entity);
            em.flush();
            return toRecommendation(entity);
        }, saved -> audited("grassroots.recommendation.sent", user, "grassroots.recommendation", saved.id(), null,
                Map.of("board", Long.toString(boardId), "dueOn", dueOn.toString())));
    }

    @Override
    public Recommendation answer(long recommendationId, long expectedVersion, String answer, LocalDate answeredOn,
            UserPrincipal user) {
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty() || text.length() > TEXT_MAX_LENGTH) {
            throw ValidationException.of("answer", TEXT_LENGTH, TEXT_MAX_LENGTH);
        }
        LocalDate today = PlatformTime.today(clock);
        return store.audited(em -> {
            RecommendationEntity entity = em.find(RecommendationEntity.class, recommendationId);
            if (entity == null) {
                throw ValidationException.of(null, DisclosureService.GONE);
            }
            BoardEntity board = em.find(BoardEntity.class, entity.getBoardId());
            access.check(user, GrassrootsPermissions.MANAGE_DECISIONS, board.getUnitId());
            if (entity.getVersion() != expectedVersion) {
                throw new OptimisticLockException("recommendation " + recommendationId + " changed", null, entity);
            }
            if (entity.getAnsweredOn() != null) {
                throw ValidationException.of(null, ALREADY_ANSWERED);
            }
            if (answeredOn == null || answeredOn.isBefore(entity.getSentOn()) || answeredOn.isAfter(today)) {
                throw ValidationException.of("answeredOn", ANSWER_DAY);
            }
            entity.answer(text, answeredOn);
            em.flush();
            return toRecommendation(entity);
        }, saved -> audited("grassroots.recommendation.answered", user, "grassroots.recommendation", saved.id(), null,
                Map.of("answeredOn", answeredOn.toString(), "late", Boolean.toString(saved.isLateOn(today)))));
    }

    private void audited(String action, UserPrincipal user, String type, long id, Long unitId,
            Map<String, String> details) {
        audit.record(new AuditEvent(action, user.login(), user.userId(), type, Long.toString(id), unitId, details,
                null));
    }

    private static Board toBoard(EntityManager em, BoardEntity b) {
        long all = em.createQuery("SELECT COUNT(r) FROM Recommendation r WHERE r.boardId = :id", Long.class)
                .setParameter("id", b.getId()).getSingleResult();
        long open = em.createQuery("SELECT COUNT(r) FROM Recommendation r WHERE r.boardId = :id"
                + " AND r.answeredOn IS NULL", Long.class).setParameter("id", b.getId()).getSingleResult();
        return new Board(b.getId(), b.getVersion(), b.getUnitId(), b.getUnitName(), b.getName(), b.getTermFrom(),
                b.getTermTo(), b.getMembers(), all, open);
    }

    private static Recommendation toRecommendation(RecommendationEntity r) {
        return new Recommendation(r.getId(), r.getVersion(), r.getBoardId(), r.getContent(), r.getSentOn(),
                r.getDueOn(), r.getAnswer(), r.getAnsweredOn());
    }
}
