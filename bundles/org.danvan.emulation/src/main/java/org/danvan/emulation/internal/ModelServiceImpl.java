package org.danvan.emulation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.danvan.emulation.api.AwardLevel;
import org.danvan.emulation.api.EmulationPermissions;
import org.danvan.emulation.api.Model;
import org.danvan.emulation.api.ModelCriterion;
import org.danvan.emulation.api.ModelDraft;
import org.danvan.emulation.api.ModelScore;
import org.danvan.emulation.api.ModelService;
import org.danvan.emulation.api.ModelSpread;
import org.danvan.emulation.api.ModelState;
import org.danvan.emulation.api.Recognition;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

/** "Dân vận khéo" models on the module's tables. */
final class ModelServiceImpl implements ModelService {

    static final String PASS_SHARE = "emulation.model.pass";
    static final int COMMENT_MAX = 2000;

    private final EntityStore store;
    private final AccessControl access;
    private final OrgUnitDirectory units;
    private final Auditor audit;
    private final RuleTable rules;
    private final Levels levels;
    private final List<ModelCriterion> criteria;
    private final Clock clock;

    ModelServiceImpl(EntityStore store, AccessControl access, OrgUnitDirectory units, Auditor audit, RuleTable rules,
            List<ModelCriterion> criteria, Clock clock) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.rules = rules;
        this.levels = new Levels(units);
        this.criteria = criteria;
        this.clock = clock;
    }

    private AccessScope readScope(UserPrincipal user) {
        return access.scopeOfAny(user, EmulationPermissions.VIEW, EmulationPermissions.MANAGE,
                EmulationPermissions.COUNCIL, EmulationPermissions.DECIDE);
    }

    @Override
    public List<ModelCriterion> criteria() {
        return criteria;
    }

    @Override
    public List<Model> models(UserPrincipal user) {
        AccessScope scope = readScope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return store.read(em -> Scopes.inScope(em, "SELECT m", "EmModel m", ModelEntity.class, scope,
                " ORDER BY m.startedOn DESC, m.id DESC").setMaxResults(1000).getResultList().stream()
                .map(m -> toModel(em, m)).toList());
    }

    @Override
    public Optional<Model> model(long id, UserPrincipal user) {
        return store.read(em -> Optional.ofNullable(em.find(ModelEntity.class, id))
                .filter(m -> readScope(user).covers(m.getUnitId())).map(m -> toModel(em, m)));
    }

    @Override
    public Model register(ModelDraft draft, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        List<Violation> problems = new ArrayList<>(Inputs.model(Objects.requireNonNull(draft, "draft"),
                PlatformTime.today(clock)));
        Optional<OrgUnitInfo> unit = units.find(draft.unitId());
        if (unit.isEmpty()) {
            problems.add(Violation.of("unitId", ModelDraft.UNIT_UNKNOWN));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        access.check(user, EmulationPermissions.MANAGE, draft.unitId());
        return store.audited(em -> {
            if (draft.replicatesModelId() != null && em.find(ModelEntity.class, draft.replicatesModelId()) == null) {
                throw ValidationException.of("replicatesModelId", ModelDraft.REPLICATES_UNKNOWN);
            }
            ModelEntity entity = new ModelEntity(draft, unit.get().name(), user.login(),
                    java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
            em.persist(entity);
            em.flush();
            return toModel(em, entity);
        }, saved -> audit.record("emulation.model.registered", user, "emulation.model", saved.id(), saved.unitId(),
                Map.of("name", saved.name(), "domain", saved.domain().name())));
    }

    @Override
    public Model score(long modelId, long expectedVersion, Map<String, Integer> points, String comment,
            UserPrincipal user) {
        Objects.requireNonNull(points, "points");
        List<Violation> problems = new ArrayList<>();
        Map<String, Integer> clean = new LinkedHashMap<>();
        for (ModelCriterion criterion : criteria) {
            Integer given = points.get(criterion.code());
            if (given == null) {
                problems.add(Violation.of(criterion.code(), POINTS_MISSING));
            } else if (given < 0 || given > criterion.maxPoints()) {
                problems.add(Violation.of(criterion.code(), POINTS_RANGE, criterion.code(), criterion.maxPoints()));
            } else {
                clean.put(criterion.code(), given);
            }
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > COMMENT_MAX) {
            problems.add(Violation.of("comment", ModelDraft.TOO_LONG, COMMENT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return store.audited(em -> {
            ModelEntity model = found(em, modelId, expectedVersion);
            access.check(user, EmulationPermissions.COUNCIL, model.getUnitId());
            if (model.getState() == ModelState.RECOGNISED) {
                throw ValidationException.of(null, ALREADY_RECOGNISED);
            }
            ModelScoreEntity score = em.createQuery("SELECT s FROM EmModelScore s WHERE s.modelId = :m"
                    + " AND s.memberUserId = :u", ModelScoreEntity.class).setParameter("m", modelId)
                    .setParameter("u", user.userId()).getResultStream().findFirst().orElse(null);
            if (score == null) {
                score = new ModelScoreEntity(modelId, user.userId(), user.login());
                em.persist(score);
            }
            score.set(clean, text.isEmpty() ? null : text);
            model.scored();
            // the result changed with the score rows: the model's version moves, so a stale screen is refused
            em.lock(model, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return toModel(em, model);
        }, saved -> audit.record("emulation.model.scored", user, "emulation.model", saved.id(), saved.unitId(),
                Map.of("total", Integer.toString(clean.values().stream().mapToInt(Integer::intValue).sum()))));
    }

    @Override
    public List<ModelScore> scores(long modelId, UserPrincipal user) {
        return store.read(em -> {
            ModelEntity model = em.find(ModelEntity.class, modelId);
            if (model == null || !readScope(user).covers(model.getUnitId())) {
                return List.<ModelScore>of();
            }
            return scoreRows(em, modelId).stream().map(s -> new ModelScore(s.getMemberUserId(), s.getMemberName(),
                    s.getPoints(), s.total(), s.getComment())).toList();
        });
    }

    @Override
    public Model recognise(long modelId, long expectedVersion, Recognition decision, UserPrincipal user) {
        Objects.requireNonNull(decision, "decision");
        LocalDate today = PlatformTime.today(clock);
        List<Violation> problems = Inputs.decision(decision, today);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        access.check(user, EmulationPermissions.DECIDE, decision.decidingUnitId());
        AwardLevel level = levels.of(decision.decidingUnitId()).orElse(null);
        return store.audited(em -> {
            ModelEntity model = found(em, modelId, expectedVersion);
            if (model.getState() == ModelState.RECOGNISED) {
                throw ValidationException.of(null, ALREADY_RECOGNISED);
            }
            if (!levels.isAtOrAbove(decision.decidingUnitId(), model.getUnitId())) {
                throw ValidationException.of("decidingUnitId", NOT_ABOVE);
            }
            if (level != AwardLevel.COMMUNE && level != AwardLevel.PROVINCE) {
                throw ValidationException.of("decidingUnitId", MODEL_LEVEL);
            }
            if (decision.decidedOn().isBefore(model.getStartedOn())) {
                throw ValidationException.of("decidedOn", DECISION_DAY);
            }
            Model current = toModel(em, model);
            if (!current.passed()) {
                throw ValidationException.of(null, NOT_PASSED, current.averagePoints() == null ? "—"
                        : current.averagePoints().toPlainString(), passMark(current.maxPoints(), today)
                        .toPlainString());
            }
            model.recognise(level, decision);
            em.flush();
            return toModel(em, model);
        }, saved -> audit.record("emulation.model.recognised", user, "emulation.model", saved.id(), saved.unitId(),
                Map.of("decision", saved.decisionNumber(), "level", saved.level().name())));
    }

    /**
     * The models of a unit's subtree recognised in a period, as far as the user may read them (the evidence this
     * module offers other modules).
     */
    List<Model> recognisedIn(UserPrincipal user, long unitId, LocalDate from, LocalDate to) {
        AccessScope scope = readScope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> subtree = new java.util.HashSet<>();
        java.util.Deque<Long> queue = new java.util.ArrayDeque<>(List.of(unitId));
        while (!queue.isEmpty()) {
            long id = queue.poll();
            if (subtree.add(id)) {
                units.children(id).forEach(child -> queue.add(child.id()));
            }
        }
        subtree.removeIf(id -> !scope.covers(id));
        if (subtree.isEmpty()) {
            return List.of();
        }
        return store.read(em -> em.createQuery("SELECT m FROM EmModel m WHERE m.unitId IN :units"
                + " AND m.state = :recognised AND m.decidedOn BETWEEN :from AND :to ORDER BY m.decidedOn",
                ModelEntity.class).setParameter("units", subtree).setParameter("recognised", ModelState.RECOGNISED)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(m -> toModel(em, m)).toList());
    }

    @Override
    public List<ModelSpread> spread(UserPrincipal user) {
        List<Model> visible = models(user);
        Map<Long, Model> byId = new LinkedHashMap<>();
        visible.forEach(m -> byId.put(m.id(), m));
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, ModelSpread> rows = new LinkedHashMap<>();
        for (Model copy : visible) {
            Model origin = copy.replicatesModelId() == null ? null : byId.get(copy.replicatesModelId());
            if (origin == null) {
                continue;
            }
            OrgUnitInfo commune = levels.communeOf(copy.unitId());
            String key = origin.id() + "/" + commune.id();
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            rows.put(key, new ModelSpread(origin.id(), origin.name(), origin.domain(), commune.id(), commune.name(),
                    0));
        }
        return rows.entrySet().stream().map(e -> {
            ModelSpread r = e.getValue();
            return new ModelSpread(r.modelId(), r.modelName(), r.domain(), r.communeId(), r.communeName(),
                    counts.get(e.getKey())[0]);
        }).sorted(java.util.Comparator.comparingLong(ModelSpread::modelId)
                .thenComparing(java.util.Comparator.comparingLong(ModelSpread::replications).reversed())
                .thenComparing(ModelSpread::communeName)).toList();
    }

    private static ModelEntity found(EntityManager em, long modelId, long expectedVersion) {
        ModelEntity model = em.find(ModelEntity.class, modelId);
        if (model == null) {
            throw ValidationException.of(null, GONE);
        }
        if (model.getVersion() != expectedVersion) {
            throw new OptimisticLockException("model " + modelId + " changed", null, model);
        }
        return model;
    }

    private static List<ModelScoreEntity> scoreRows(EntityManager em, long modelId) {
        return em.createQuery("SELECT s FROM EmModelScore s WHERE s.modelId = :m ORDER BY s.memberName",
                ModelScoreEntity.class).setParameter("m", modelId).getResultList();
    }

    private int maxPoints() {
        return criteria.stream().mapToInt(ModelCriterion::maxPoints).sum();
    }

    /** The average total a model needs: the pass share (percent, rule row) of the criteria's points. */
    private BigDecimal passMark(int maxPoints, LocalDate day) {
        RuleFigure share = rules.figure(PASS_SHARE, day)
                .orElseThrow(() -> new IllegalStateException("no rule row " + PASS_SHARE + " on " + day));
        return share.value().multiply(BigDecimal.valueOf(maxPoints)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private Model toModel(EntityManager em, ModelEntity m) {
        List<ModelScoreEntity> scores = scoreRows(em, m.getId());
        int max = maxPoints();
        BigDecimal average = scores.isEmpty() ? null : BigDecimal.valueOf(scores.stream()
                .mapToInt(ModelScoreEntity::total).sum()).divide(BigDecimal.valueOf(scores.size()), 2,
                        RoundingMode.HALF_UP).stripTrailingZeros();
        LocalDate day = m.getDecidedOn() != null ? m.getDecidedOn() : PlatformTime.today(clock);
        boolean passed = average != null && average.compareTo(passMark(max, day)) >= 0;
        return new Model(m.getId(), m.getVersion(), m.getUnitId(), m.getUnitName(), m.getOwner(), m.getOwnerName(),
                m.getName(), m.getDomain(), m.getAddress(), m.getLaunchingBody(), m.getStartedOn(),
                m.getPeopleMobilised(), m.getResults(), m.getDocuments(), m.getReplicatesId(), m.getState(),
                scores.size(), average, max, passed, m.getDecisionLevel(), m.getDecisionNumber(), m.getDecidedOn(),
                m.getSigner());
    }
}
