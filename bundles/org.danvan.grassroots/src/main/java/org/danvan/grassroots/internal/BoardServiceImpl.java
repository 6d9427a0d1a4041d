package org.danvan.grassroots.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.danvan.grassroots.api.Board;
import org.danvan.grassroots.api.BoardDraft;
import org.danvan.grassroots.api.BoardKind;
import org.danvan.grassroots.api.BoardMember;
import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.CommunityMeeting;
import org.danvan.grassroots.api.CommunityMeetingDraft;
import org.danvan.grassroots.api.DisclosureService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Recommendation;
import org.danvan.grassroots.api.SupervisionRound;
import org.danvan.grassroots.api.SupervisionRoundDraft;
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

/** Boards, their by-elections, rounds and recommendations on the module's tables. */
final class BoardServiceImpl implements BoardService {

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
            RuleFigure minimum = rules.figure(draft.kind().membersRule(), draft.termFrom()).orElse(null);
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
                Map.of("name", saved.name(), "members", Integer.toString(saved.members().size()), "kind",
                        saved.kind().name())));
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
            if (board.getDissolvedOn() != null) {
                throw ValidationException.of(null, DISSOLVED);
            }
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

    @Override
    public Board byElection(long boardId, long expectedVersion, String leaving, BoardMember newcomer,
            LocalDate heldOn, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        LocalDate today = PlatformTime.today(clock);
        List<Violation> problems = new ArrayList<>();
        if (newcomer == null || newcomer.name() == null || newcomer.name().isEmpty()
                || newcomer.name().length() > BoardDraft.NAME_MAX_LENGTH) {
            problems.add(Violation.of("newcomer", BoardDraft.MEMBER_NAME, BoardDraft.NAME_MAX_LENGTH));
        }
        if (heldOn == null || heldOn.isAfter(today)) {
            problems.add(Violation.of("heldOn", BY_ELECTION_DAY));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String leavingName = leaving == null || leaving.isBlank() ? null : leaving.strip();
        return store.audited(em -> {
            BoardEntity board = writable(em, boardId, expectedVersion, user);
            if (newcomer.communeOfficial() && board.getKind().barsCommuneOfficials()) {
                throw ValidationException.of("newcomer", BoardDraft.OFFICIAL, newcomer.name());
            }
            if (heldOn.isBefore(board.getTermFrom()) || heldOn.isAfter(board.getTermTo())) {
                throw ValidationException.of("heldOn", BY_ELECTION_DAY);
            }
            List<BoardMember> members = board.getMembers();
            int index = -1;
            if (leavingName != null) {
                for (int i = 0; i < members.size() && index < 0; i++) {
                    if (members.get(i).leftOn() == null && members.get(i).name().equalsIgnoreCase(leavingName)) {
                        index = i;
                    }
                }
                if (index < 0) {
                    throw ValidationException.of("leaving", NOT_A_MEMBER, leavingName);
                }
            }
            long current = members.stream().filter(m -> m.leftOn() == null).count();
            if (current - (index >= 0 ? 1 : 0) + 1 > BoardDraft.MAX_MEMBERS) {
                throw ValidationException.of("newcomer", BoardDraft.TOO_MANY, BoardDraft.MAX_MEMBERS);
            }
            board.byElection(index, newcomer, heldOn);
            em.flush();
            return toBoard(em, board);
        }, saved -> audited("grassroots.board.by-election", user, "grassroots.board", saved.id(), saved.unitId(),
                Map.of("heldOn", heldOn.toString(), "replaces", Boolean.toString(leavingName != null), "members",
                        Integer.toString(saved.currentMembers().size()))));
    }

    @Override
    public Board dissolve(long boardId, long expectedVersion, LocalDate projectEndedOn, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        LocalDate today = PlatformTime.today(clock);
        return store.audited(em -> {
            BoardEntity board = writable(em, boardId, expectedVersion, user);
            if (board.getKind() != BoardKind.INVESTMENT_SUPERVISION) {
                throw ValidationException.of(null, DISSOLVE_KIND);
            }
            if (projectEndedOn == null || projectEndedOn.isAfter(today)
                    || projectEndedOn.isBefore(board.getTermFrom())) {
                throw ValidationException.of("dissolvedOn", DISSOLVE_DAY);
            }
            board.dissolve(projectEndedOn);
            em.flush();
            return toBoard(em, board);
        }, saved -> audited("grassroots.board.dissolved", user, "grassroots.board", saved.id(), saved.unitId(),
                Map.of("dissolvedOn", projectEndedOn.toString())));
    }

    @Override
    public List<SupervisionRound> rounds(long boardId, UserPrincipal user) {
        return store.read(em -> {
            BoardEntity board = em.find(BoardEntity.class, boardId);
            if (board == null || !readScope(user).covers(board.getUnitId())) {
                return List.<SupervisionRound>of();
            }
            return em.createQuery("SELECT r FROM SupervisionRound r WHERE r.boardId = :id"
                    + " ORDER BY r.startedOn DESC, r.id DESC", SupervisionRoundEntity.class)
                    .setParameter("id", boardId).getResultList().stream().map(BoardServiceImpl::toRound).toList();
        });
    }

    @Override
    public SupervisionRound recordRound(long boardId, SupervisionRoundDraft draft, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        List<Violation> problems = new ArrayList<>(Objects.requireNonNull(draft, "draft").validate());
        if (draft.endedOn() != null && draft.endedOn().isAfter(PlatformTime.today(clock))) {
            problems.add(Violation.of("endedOn", ROUND_DAY));
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
            if (board.getDissolvedOn() != null) {
                throw ValidationException.of(null, DISSOLVED);
            }
            SupervisionRoundEntity entity = new SupervisionRoundEntity(boardId, draft, user.login());
            em.persist(entity);
            em.flush();
            return toRound(entity);
        }, saved -> audited("grassroots.round.recorded", user, "grassroots.round", saved.id(), null,
                Map.of("board", Long.toString(boardId), "endedOn", saved.endedOn().toString())));
    }

    @Override
    public List<CommunityMeeting> meetings(UserPrincipal user) {
        AccessScope scope = readScope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return store.read(em -> Readers.inScope(em, "SELECT m", "CommunityMeeting m", CommunityMeetingEntity.class,
                scope, " ORDER BY m.heldOn DESC, m.id DESC").setMaxResults(500).getResultList().stream()
                .map(BoardServiceImpl::toMeeting).toList());
    }

    @Override
    public CommunityMeeting recordMeeting(CommunityMeetingDraft draft, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        List<Violation> problems = new ArrayList<>(Objects.requireNonNull(draft, "draft").validate());
        if (draft.heldOn() != null && draft.heldOn().isAfter(PlatformTime.today(clock))
                && problems.stream().noneMatch(p -> "heldOn".equals(p.field()))) {
            problems.add(Violation.of("heldOn", CommunityMeetingDraft.HELD_ON));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        access.check(user, GrassrootsPermissions.MANAGE_DECISIONS, draft.unitId());
        String unitName = units.find(draft.unitId()).map(OrgUnitInfo::name)
                .orElseThrow(() -> ValidationException.of("unitId", CommunityMeetingDraft.UNIT_REQUIRED));
        return store.audited(em -> {
            List<CommunityMeetingEntity> same = em.createQuery("SELECT m FROM CommunityMeeting m WHERE"
                    + " m.unitId = :unit AND m.kind = :kind AND m.year = :year", CommunityMeetingEntity.class)
                    .setParameter("unit", draft.unitId()).setParameter("kind", draft.kind())
                    .setParameter("year", draft.year()).getResultList();
            if (same.stream().anyMatch(m -> Objects.equals(m.getVillageName() == null ? null
                    : m.getVillageName().toLowerCase(java.util.Locale.ROOT), draft.villageName() == null ? null
                            : draft.villageName().toLowerCase(java.util.Locale.ROOT)))) {
                throw ValidationException.of("heldOn", CommunityMeetingDraft.DUPLICATE);
            }
            CommunityMeetingEntity entity = new CommunityMeetingEntity(draft, unitName, user.login());
            em.persist(entity);
            em.flush();
            return toMeeting(entity);
        }, saved -> audited("grassroots.meeting.recorded", user, "grassroots.meeting", saved.id(), saved.unitId(),
                Map.of("kind", saved.kind().name(), "year", Integer.toString(saved.year()), "attendees",
                        Integer.toString(saved.attendees()))));
    }

    private static CommunityMeeting toMeeting(CommunityMeetingEntity m) {
        return new CommunityMeeting(m.getId(), m.getVersion(), m.getUnitId(), m.getUnitName(), m.getKind(),
                m.getYear(), m.getHeldOn(), m.getVillageName(), m.getAttendees(), m.getIssues(), m.getCommitments());
    }

    /** The board to change: present, the user may manage its unit, not changed meanwhile, not dissolved. */
    private BoardEntity writable(EntityManager em, long boardId, long expectedVersion, UserPrincipal user) {
        BoardEntity board = em.find(BoardEntity.class, boardId);
        if (board == null) {
            throw ValidationException.of(null, DisclosureService.GONE);
        }
        access.check(user, GrassrootsPermissions.MANAGE_DECISIONS, board.getUnitId());
        if (board.getVersion() != expectedVersion) {
            throw new OptimisticLockException("board " + boardId + " changed", null, board);
        }
        if (board.getDissolvedOn() != null) {
            throw ValidationException.of(null, DISSOLVED);
        }
        return board;
    }

    private static SupervisionRound toRound(SupervisionRoundEntity r) {
        return new SupervisionRound(r.getId(), r.getVersion(), r.getBoardId(), r.getSubject(), r.getStartedOn(),
                r.getEndedOn(), r.getFindings());
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
                b.getTermTo(), b.getMembers(), all, open, b.getKind(), b.getProjectName(), b.getDissolvedOn());
    }

    private static Recommendation toRecommendation(RecommendationEntity r) {
        return new Recommendation(r.getId(), r.getVersion(), r.getBoardId(), r.getContent(), r.getSentOn(),
                r.getDueOn(), r.getAnswer(), r.getAnsweredOn());
    }
}
