package org.danvan.grassroots.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.danvan.grassroots.api.BallotResult;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Matter;
import org.danvan.grassroots.api.MatterDraft;
import org.danvan.grassroots.api.MatterService;
import org.danvan.grassroots.api.MatterState;
import org.danvan.grassroots.api.Recognition;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.org.OrgUnitKinds;
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
import jakarta.persistence.TypedQuery;

/** Matters for decision on the module's tables, deciding with the platform's access control, every change audited. */
final class MatterServiceImpl implements MatterService {

    /** Translation key: no approval rule is in force on the meeting day (before the law applied). */
    static final String BEFORE_LAW = "grassroots.validation.matter.meetingOn.beforeLaw";
    /** The kinds of unit whose People's Committee recognises a village's decision. */
    private static final Set<String> COMMUNE_KINDS = Set.of(OrgUnitKinds.COMMUNE, OrgUnitKinds.WARD,
            OrgUnitKinds.SPECIAL_ZONE);

    private final EntityStore store;
    private final AccessControl access;
    private final OrgUnitDirectory units;
    private final AuditTrail audit;
    private final Clock clock;
    private final DecisionRules rules;

    MatterServiceImpl(EntityStore store, AccessControl access, OrgUnitDirectory units, AuditTrail audit,
            RuleTable rules, Clock clock) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.rules = new DecisionRules(rules);
    }

    private AccessScope readScope(UserPrincipal user) {
        return access.scopeOfAny(user, GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_DECISIONS,
                GrassrootsPermissions.RECOGNISE_DECISIONS);
    }

    @Override
    public List<Matter> list(UserPrincipal user, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        AccessScope scope = readScope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        LocalDate today = PlatformTime.today(clock);
        return store.read(em -> query(em, "SELECT m", MatterEntity.class, scope,
                " ORDER BY m.meetingOn DESC, m.id DESC").setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(m -> toMatter(m, today)).toList());
    }

    @Override
    public long count(UserPrincipal user) {
        AccessScope scope = readScope(user);
        return scope.isEmpty() ? 0 : store.read(em -> query(em, "SELECT COUNT(m)", Long.class, scope, "")
                .getSingleResult());
    }

    private static <T> TypedQuery<T> query(EntityManager em, String select, Class<T> type, AccessScope scope,
            String order) {
        return Readers.inScope(em, select, "Matter m", type, scope, order);
    }

    @Override
    public List<Matter> inPeriod(UserPrincipal user, long unitId, LocalDate from, LocalDate to) {
        Set<Long> wanted = readScope(user).coveredOf(units.currentSubtree(unitId));
        if (wanted.isEmpty()) {
            return List.of();
        }
        LocalDate today = PlatformTime.today(clock);
        return store.read(em -> em.createQuery("SELECT m FROM Matter m WHERE m.unitId IN :units"
                + " AND m.meetingOn BETWEEN :from AND :to ORDER BY m.meetingOn, m.id", MatterEntity.class)
                .setParameter("units", wanted).setParameter("from", from).setParameter("to", to).getResultList()
                .stream().map(m -> toMatter(m, today)).toList());
    }

    @Override
    public Matter create(MatterDraft draft, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        requireValid(draft);
        access.check(user, GrassrootsPermissions.MANAGE_DECISIONS, draft.unitId());
        String unitName = unitName(draft.unitId());
        LocalDate noticeLatest = rules.noticeLatest(draft.meetingOn());
        return store.audited(em -> {
            MatterEntity entity = new MatterEntity(user.login());
            entity.setContent(draft, unitName, noticeLatest, now());
            em.persist(entity);
            em.flush();
            return toMatter(entity, PlatformTime.today(clock));
        }, saved -> audited("grassroots.matter.created", user, saved, Map.of()));
    }

    @Override
    public Matter update(long id, long expectedVersion, MatterDraft draft, UserPrincipal user) {
        requireValid(draft);
        access.check(user, GrassrootsPermissions.MANAGE_DECISIONS, draft.unitId());
        String unitName = unitName(draft.unitId());
        LocalDate noticeLatest = rules.noticeLatest(draft.meetingOn());
        return store.audited(em -> {
            MatterEntity entity = current(em, id, expectedVersion, user, MatterState.OPEN);
            entity.setContent(draft, unitName, noticeLatest, now());
            em.flush();
            return toMatter(entity, PlatformTime.today(clock));
        }, saved -> audited("grassroots.matter.updated", user, saved, Map.of()));
    }

    @Override
    public Matter recordResult(long id, long expectedVersion, BallotResult result, UserPrincipal user) {
        Objects.requireNonNull(result, "result");
        LocalDate today = PlatformTime.today(clock);
        return store.audited(em -> {
            MatterEntity entity = current(em, id, expectedVersion, user, MatterState.OPEN);
            List<Violation> problems = result.validate(entity.getOptions().size(), entity.getHouseholds(),
                    entity.getMeetingOn(), today);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            RuleFigure approval = rules.approval(entity.getMeetingOn())
                    .orElseThrow(() -> ValidationException.of("decidedOn", BEFORE_LAW));
            Integer passed = DecisionRules.passedOption(result.votes(), entity.getHouseholds(), approval.value());
            entity.setResult(result.votes(), result.householdsTakingPart(), result.decidedOn(), passed,
                    approval.value(), approval.citation(), rules.recordDue(result.decidedOn()), now());
            em.flush();
            return toMatter(entity, today);
        }, saved -> audited("grassroots.matter.counted", user, saved, Map.of("votes", result.votes().toString(),
                "takingPart", Integer.toString(result.householdsTakingPart()),
                "passed", saved.passed() ? Integer.toString(saved.passedOption() + 1) : "-")));
    }

    @Override
    public Matter recordSent(long id, long expectedVersion, LocalDate sentOn, UserPrincipal user) {
        LocalDate today = PlatformTime.today(clock);
        return store.audited(em -> {
            MatterEntity entity = current(em, id, expectedVersion, user, MatterState.DECIDED);
            if (sentOn == null || sentOn.isBefore(entity.getDecidedOn()) || sentOn.isAfter(today)) {
                throw ValidationException.of("sentOn", SENT_DAY);
            }
            entity.setRecordSent(sentOn, now());
            em.flush();
            return toMatter(entity, today);
        }, saved -> audited("grassroots.matter.record-sent", user, saved, Map.of("sentOn", sentOn.toString())));
    }

    @Override
    public Matter recordRecognition(long id, long expectedVersion, Recognition recognition, UserPrincipal user) {
        Objects.requireNonNull(recognition, "recognition");
        Objects.requireNonNull(user, "user");
        LocalDate today = PlatformTime.today(clock);
        return store.audited(em -> {
            MatterEntity entity = found(em, id);
            access.check(user, GrassrootsPermissions.RECOGNISE_DECISIONS, communeOf(entity.getUnitId()));
            requireState(entity, expectedVersion, MatterState.RECORD_SENT);
            List<Violation> problems = recognition.validate(entity.getRecordSentOn(), today);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            entity.setRecognition(recognition.isRecognised(), recognition.decidedOn(),
                    recognition.decisionReference(), recognition.reason(), now());
            em.flush();
            return toMatter(entity, today);
        }, saved -> audited(saved.state() == MatterState.RECOGNISED ? "grassroots.matter.recognised"
                : "grassroots.matter.not-recognised", user, saved, recognitionDetails(recognition)));
    }

    private static Map<String, String> recognitionDetails(Recognition recognition) {
        Map<String, String> details = new java.util.LinkedHashMap<>();
        details.put("recognisedOn", recognition.decidedOn().toString());
        if (recognition.isRecognised()) {
            details.put("decision", recognition.decisionReference());
        } else {
            details.put("reason", recognition.reason());
        }
        return details;
    }

    /**
     * The commune whose People's Committee answers for a village: the nearest commune, ward or special zone above
     * it (or the unit itself). A unit with none answers for itself, so only a holder above it may act.
     */
    private long communeOf(long unitId) {
        List<OrgUnitInfo> path = units.path(unitId);
        for (int i = path.size() - 1; i >= 0; i--) {
            if (COMMUNE_KINDS.contains(path.get(i).kind())) {
                return path.get(i).id();
            }
        }
        throw ValidationException.of(null, NO_COMMUNE);
    }

    @Override
    public void delete(long id, long expectedVersion, UserPrincipal user) {
        LocalDate today = PlatformTime.today(clock);
        store.audited(em -> {
            MatterEntity entity = current(em, id, expectedVersion, user, MatterState.OPEN);
            Matter before = toMatter(entity, today);
            em.remove(entity);
            return before;
        }, saved -> audited("grassroots.matter.deleted", user, saved, Map.of()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private String unitName(long unitId) {
        return units.find(unitId).map(OrgUnitInfo::name)
                .orElseThrow(() -> ValidationException.of("unitId", MatterDraft.UNIT_REQUIRED));
    }

    /** The matter as the user read it, if the user may change it and it stands where the step needs it. */
    private MatterEntity current(EntityManager em, long id, long expectedVersion, UserPrincipal user,
            MatterState needed) {
        MatterEntity entity = found(em, id);
        access.check(user, GrassrootsPermissions.MANAGE_DECISIONS, entity.getUnitId());
        requireState(entity, expectedVersion, needed);
        return entity;
    }

    private static MatterEntity found(EntityManager em, long id) {
        MatterEntity entity = em.find(MatterEntity.class, id);
        if (entity == null) {
            throw ValidationException.of(null, GONE);
        }
        return entity;
    }

    private static void requireState(MatterEntity entity, long expectedVersion, MatterState needed) {
        long id = entity.getId();
        if (entity.getVersion() != expectedVersion) {
            throw new OptimisticLockException("matter " + id + " is at version " + entity.getVersion(), null, entity);
        }
        if (entity.getState() != needed) {
            throw ValidationException.of(null, WRONG_STATE);
        }
    }

    private void requireValid(MatterDraft draft) {
        List<Violation> problems = new ArrayList<>(Objects.requireNonNull(draft, "draft").validate());
        if (draft.meetingOn() != null && rules.approval(draft.meetingOn()).isEmpty()) {
            problems.add(Violation.of("meetingOn", BEFORE_LAW));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private void audited(String action, UserPrincipal user, Matter matter, Map<String, String> more) {
        Map<String, String> details = new java.util.LinkedHashMap<>(more);
        details.put("title", matter.title());
        details.put("meetingOn", matter.meetingOn().toString());
        details.put("state", matter.state().name());
        audit.record(new AuditEvent(action, user.login(), user.userId(), "grassroots.matter",
                Long.toString(matter.id()), matter.unitId(), details, null));
    }

    Matter toMatter(MatterEntity m, LocalDate today) {
        BigDecimal approvalPercent = m.getApprovalPercent();
        String citation = m.getApprovalCitation();
        if (approvalPercent == null) {
            RuleFigure approval = rules.approval(m.getMeetingOn()).orElse(null);
            approvalPercent = approval == null ? null : approval.value();
            citation = approval == null ? null : approval.citation();
        }
        return new Matter(m.getId(), m.getVersion(), m.getUnitId(), m.getUnitName(), m.getTitle(), m.getWay(),
                m.getOptions(), m.getHouseholds(), m.getMeetingOn(), m.getNoticeOn(), m.getNoticeLatestOn(),
                m.getInitiativeHouseholds(), m.getInitiativeOn(), m.getState(), m.getHouseholdsTakingPart(),
                m.getDecidedOn(), m.getPassedOption(), approvalPercent, citation, m.getRecordDueBy(),
                m.getRecordSentOn(), rules.flags(m, today), m.getRecognisedOn(), m.getRecognitionReference(),
                m.getRecognitionReason());
    }
}
